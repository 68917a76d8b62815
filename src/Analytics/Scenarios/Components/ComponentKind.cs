using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios.Components;

/// <summary>
/// Everything the toolkit knows about one kind of scenario component besides its model: the
/// "model" name and keys it has in a scenario file, how those keys are read into the component,
/// the means a lever may move, the trials each of its probabilities applies to, what of it a year's
/// pipeline facts can observe (a rate whose outcomes are counted, a count already partly decided),
/// and a small example that exercises its sampling kernels. The kinds are listed in <see cref="ComponentCatalog"/>.
/// </summary>
public sealed class ComponentKind
{
    private readonly Func<ITrialComponent, IEnumerable<ComponentParameter>> _means;
    private readonly Func<ITrialComponent, string, double> _trialsOf;
    private readonly Func<string, ITrialComponent> _example;
    private readonly Func<ITrialComponent, IEnumerable<ComponentDraws>> _draws;
    private readonly Func<ITrialComponent, ScalarInput?> _rate;
    private readonly Func<ITrialComponent, ObservableCount?> _count;

    private ComponentKind(string model, Type componentType, IReadOnlyList<string> keys, Func<ComponentFields, ITrialComponent> read, Func<ITrialComponent, IEnumerable<ComponentParameter>> means, Func<ITrialComponent, string, double> trialsOf, Func<string, ITrialComponent> example, Func<ITrialComponent, IEnumerable<ComponentDraws>> draws, Func<ITrialComponent, ScalarInput?> rate, Func<ITrialComponent, ObservableCount?> count)
    {
        _draws = draws;
        Model = Preconditions.NotBlank(model);
        ComponentType = componentType;
        Keys = Preconditions.NotEmpty(keys);
        Read = read;
        _means = means;
        _trialsOf = trialsOf;
        _example = example;
        _rate = rate;
        _count = count;
    }

    /// <summary>The component's "model" in a scenario file, e.g. "industryFunnel".</summary>
    public string Model { get; }

    /// <summary>The class that simulates it.</summary>
    public Type ComponentType { get; }

    /// <summary>The keys its object takes besides "model", in the order the documentation lists them.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Builds the component from its keys (already checked against <see cref="Keys"/>).</summary>
    internal Func<ComponentFields, ITrialComponent> Read { get; }

    /// <summary>The distributions of <paramref name="component"/> (of this kind) whose means a lever may move, in the order of its keys.</summary>
    public IReadOnlyList<ComponentParameter> MovableMeans(ITrialComponent component) => [.. _means(Check(component))];

    /// <summary>The trials the probability input <paramref name="input"/> applies to in <paramref name="component"/> (expected leads, customers, prospects), or 0 when the component does not read it.</summary>
    public double TrialsOf(ITrialComponent component, string input) => _trialsOf(Check(component), Preconditions.NotBlank(input));

    /// <summary>
    /// The random draws <paramref name="component"/> (of this kind) makes in one trial on average, by
    /// the key that drives them (e.g. "customers": one binomial draw and one order value per renewal).
    /// Every count is drawn in constant time whatever its mean (inversion, PTRS, BTRS); what grows is
    /// one value draw per counted order. The run limits (Limits/WorkEstimate) are computed from this.
    /// </summary>
    public IReadOnlyList<ComponentDraws> DrawsPerTrial(ITrialComponent component) => [.. _draws(Check(component))];

    /// <summary>
    /// The per-trial probability of <paramref name="component"/> (of this kind) whose outcomes pipeline
    /// facts count (a funnel's win rate: leads won and lost; a tier's renewal probability: customers
    /// renewed and lapsed; a cascade's benchmark win probability), or null when facts observe none.
    /// </summary>
    public ScalarInput? RateOf(ITrialComponent component) => _rate(Check(component));

    /// <summary>The count of <paramref name="component"/> (of this kind) that outcomes already decided constrain (a cascade's benchmarks won), or null.</summary>
    public ObservableCount? CountOf(ITrialComponent component) => _count(Check(component));

    /// <summary>A small component of this kind named <paramref name="name"/> that draws from every distribution kind its kernels use (the command line's warm-up runs one of each).</summary>
    public ITrialComponent Example(string name) => _example(Preconditions.NotBlank(name));

    /// <summary>The descriptor of components of type <typeparamref name="T"/>.</summary>
    /// <param name="model">The "model" name in scenario files.</param>
    /// <param name="keys">Its keys besides "model".</param>
    /// <param name="read">Builds it from the keys.</param>
    /// <param name="means">Its movable means (see <see cref="Mean{TComponent}"/>).</param>
    /// <param name="trialsOf">The trials a probability input applies to in it (0 when it does not read it).</param>
    /// <param name="example">A small example named by the argument.</param>
    /// <param name="draws">Its expected draws per trial, by key (see <see cref="DrawsPerTrial"/>).</param>
    /// <param name="rate">The probability whose outcomes pipeline facts count (see <see cref="RateOf"/>), or null for none.</param>
    /// <param name="count">The count that decided outcomes constrain (see <see cref="CountOf"/>), or null for none.</param>
    internal static ComponentKind Of<T>(string model, IReadOnlyList<string> keys, Func<ComponentFields, T> read, Func<T, IEnumerable<ComponentParameter>> means, Func<T, string, double> trialsOf, Func<string, T> example, Func<T, IEnumerable<ComponentDraws>> draws, Func<T, ScalarInput>? rate = null, Func<T, ObservableCount>? count = null)
        where T : class, ITrialComponent
        => new(
            model,
            typeof(T),
            keys,
            f => read(f),
            c => means((T)c),
            (c, input) => trialsOf((T)c, input),
            name => example(name),
            c => draws((T)c),
            c => rate?.Invoke((T)c),
            c => count?.Invoke((T)c));

    /// <summary>A movable mean of a <typeparamref name="TComponent"/>: its key, its distribution, and how to rebuild the component with another.</summary>
    internal static ComponentParameter Mean<TComponent>(string key, Distribution distribution, Func<TComponent, Distribution, TComponent> replace)
        where TComponent : class, ITrialComponent
        => new(key, distribution, (c, d) => replace((TComponent)c, d));

    /// <inheritdoc />
    public override string ToString() => Model;

    private ITrialComponent Check(ITrialComponent component)
    {
        Preconditions.NotNull(component);
        return component.GetType() == ComponentType
            ? component
            : throw new ArgumentException($"component \"{component.Name}\" is a {component.GetType().Name}, not a {ComponentType.Name} ({Model}).", nameof(component));
    }
}
