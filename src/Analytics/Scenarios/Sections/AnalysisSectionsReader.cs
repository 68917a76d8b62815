using System.Globalization;
using Analytics.Common;
using Analytics.Scenarios.Json;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios.Sections;

/// <summary>
/// Reads a scenario's optional analysis sections (<c>response</c>, <c>margins</c>, <c>phasing</c>,
/// <c>trigger</c>, <c>budget</c>; see data/scenarios/README.md) after its streams, so every
/// reference to a stream, a component or an input is checked, and every error points at its line
/// and column.
/// </summary>
internal sealed class AnalysisSectionsReader
{
    /// <summary>The root keys this reader owns.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["response", "margins", "phasing", "trigger", "budget"];

    private readonly string _file;
    private readonly IReadOnlyList<ScenarioStream> _streams;
    private readonly IReadOnlyDictionary<string, ScalarInput> _inputs;
    private readonly string[] _streamNames;

    public AnalysisSectionsReader(string file, IReadOnlyList<ScenarioStream> streams, IReadOnlyDictionary<string, ScalarInput> inputs)
    {
        _file = file;
        _streams = streams;
        _inputs = inputs;
        _streamNames = streams.Select(s => s.Name).ToArray();
    }

    /// <summary>Reads the sections present in the scenario's root object.</summary>
    public AnalysisSections Read(ObjectReader root)
    {
        var response = root.Optional("response") is { } r ? ReadResponse(r) : [];
        var margins = root.Optional("margins") is { } m ? ReadMargins(m) : [];
        var phasing = root.Optional("phasing") is { } p ? ReadPhasing(p) : null;
        var trigger = root.Optional("trigger") is { } t ? ReadTrigger(t) : null;
        var budget = root.Optional("budget") is { } b ? ReadBudget(b) : [];
        return response.Length == 0 && margins.Length == 0 && phasing is null && trigger is null && budget.Length == 0
            ? AnalysisSections.None
            : new AnalysisSections(response, margins, phasing, trigger, budget);
    }

    private StreamResponse[] ReadResponse(JsonNode node)
    {
        return PerStream(node, "\"response\"", "{ \"floor\": 0.6, \"elasticity\": { \"dist\": \"beta\", \"a\": 2, \"b\": 6 } }", (stream, member) =>
        {
            var o = new ObjectReader(member.Value, _file, $"the response of \"{stream.Name}\"");
            var floorNode = o.Required("floor", "the share of the stream's revenue that comes without effort, a number in [0, 1]");
            var floor = o.ToNumber(floorNode, "floor", "a number in [0, 1]");
            if (floor is < 0 or > 1)
            {
                throw o.Error(floorNode, $"\"floor\" is {floorNode.Text}, outside [0, 1]", "a number in [0, 1] (0.6: 60% of the revenue comes without effort)");
            }

            var elasticityNode = o.Required("elasticity", "a number or a distribution on [0, 1], e.g. { \"dist\": \"beta\", \"a\": 2, \"b\": 6 }");
            if (elasticityNode.Kind == JsonKind.String)
            {
                throw o.Error(elasticityNode, "\"elasticity\" cannot refer to an input; it is drawn for the split analysis only", "a number or a distribution on [0, 1]");
            }

            var elasticity = DistributionSyntax.Read(elasticityNode, "elasticity", _file);
            if (elasticity.Minimum < 0 || elasticity.Maximum > 1)
            {
                throw o.Error(elasticityNode, $"the elasticity {elasticity} takes values outside [0, 1]", "a distribution on [0, 1] (diminishing returns), e.g. a beta");
            }

            o.Finish();
            return new StreamResponse(stream.Name, floor, new ScalarInput(StreamResponse.ElasticityName(stream.Name), elasticity));
        });
    }

    private StreamMargin[] ReadMargins(JsonNode node)
        => PerStream(node, "\"margins\"", "a gross margin in [0, 1], e.g. 0.35", (stream, member) =>
        {
            var margin = ObjectReader.ToNumber(member.Value, stream.Name, "a gross margin in [0, 1]", _file);
            return margin is >= 0 and <= 1
                ? new StreamMargin(stream.Name, margin)
                : throw Error(member.Value, $"the margin of \"{stream.Name}\" is {member.Value.Text}, outside [0, 1]", "a fraction of revenue, e.g. 0.35 for 35%");
        });

    // A section with one member per stream: every stream once, nothing else.
    private T[] PerStream<T>(JsonNode node, string what, string example, Func<ScenarioStream, JsonMember, T> read)
    {
        var o = new ObjectReader(node, _file, what);
        foreach (var member in o.Members)
        {
            if (!_streamNames.Contains(member.Key))
            {
                var hint = ObjectReader.Suggest(member.Key, _streamNames);
                throw Error(member.Line, member.Column, $"{what} names \"{member.Key}\", which is not a stream" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), "one of the streams: " + string.Join(", ", _streamNames));
            }
        }

        var missing = _streamNames.FirstOrDefault(s => !o.Has(s));
        if (missing is not null)
        {
            throw o.Error(node, $"{what} lacks the stream \"{missing}\"", $"one entry per stream ({string.Join(", ", _streamNames)}), e.g. \"{missing}\": {example}");
        }

        return _streams.Select(s => read(s, o.Members.First(m => m.Key == s.Name))).ToArray();
    }

    private PhasingSpec ReadPhasing(JsonNode node)
    {
        var o = new ObjectReader(node, _file, "\"phasing\"");
        var quarters = o.Optional("quarters");
        var months = o.Optional("months");
        if ((quarters is null) == (months is null))
        {
            throw o.Error(node, quarters is null ? "\"phasing\" needs the plan's shares of the year" : "\"phasing\" takes \"quarters\" or \"months\", not both", "\"quarters\": [0.18, 0.24, 0.30, 0.28] (each quarter split evenly over its months) or \"months\": [12 shares]");
        }

        var (sharesNode, count, key) = quarters is not null ? (quarters, 4, "quarters") : (months!, 12, "months");
        if (sharesNode.Kind != JsonKind.Array || sharesNode.Items.Count != count)
        {
            throw o.Error(sharesNode, $"\"{key}\" must be a list of {count.ToString(CultureInfo.InvariantCulture)} shares; found {(sharesNode.Kind == JsonKind.Array ? sharesNode.Items.Count.ToString(CultureInfo.InvariantCulture) + " items" : sharesNode.Describe())}", $"{count.ToString(CultureInfo.InvariantCulture)} numbers >= 0 adding up to 1");
        }

        var shares = sharesNode.Items.Select(i =>
        {
            var v = o.ToNumber(i, key, "a share >= 0");
            return v >= 0 ? v : throw Error(i, $"a share in \"{key}\" is {i.Text}, which is negative", "a share >= 0");
        }).ToArray();
        var sum = shares.Sum();
        if (Math.Abs(sum - 1) > 1e-6)
        {
            throw o.Error(sharesNode, $"the shares in \"{key}\" add up to {sum.ToString("0.######", CultureInfo.InvariantCulture)}, not 1", "shares of the year adding up to 1 (0.28 means 28%)");
        }

        var monthly = count == 4 ? PhasingSpec.FromQuarters(shares) : shares;
        var timings = new List<StreamTiming>();
        if (o.Optional("streams") is { } streamsNode)
        {
            var streams = new ObjectReader(streamsNode, _file, "the \"streams\" of \"phasing\"");
            foreach (var member in streams.Members)
            {
                if (!_streamNames.Contains(member.Key))
                {
                    var hint = ObjectReader.Suggest(member.Key, _streamNames);
                    throw Error(member.Line, member.Column, $"\"phasing\" names \"{member.Key}\", which is not a stream" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), "one of the streams: " + string.Join(", ", _streamNames));
                }

                timings.Add(ReadTiming(member));
            }
        }

        o.Finish();
        return new PhasingSpec(monthly, timings);
    }

    private StreamTiming ReadTiming(JsonMember member)
    {
        var o = new ObjectReader(member.Value, _file, $"the timing of \"{member.Key}\"");
        double? concentration = null;
        if (o.Optional("concentration") is { } c)
        {
            var k = o.ToNumber(c, "concentration", "a number > 0");
            concentration = k > 0 ? k : throw o.Error(c, $"\"concentration\" is {c.Text}; it must be > 0", "a number > 0 (larger: closer to the plan's timing; 50 gives a month of 8% an sd of about 4 points)");
        }

        CountDistribution? first = null;
        if (o.Optional("firstMonth") is { } f)
        {
            var d = f.Kind == JsonKind.Number
                ? new DiscreteUniform(o.ToInteger(f, "firstMonth", "a month 1-12"), o.ToInteger(f, "firstMonth", "a month 1-12"))
                : f.Kind == JsonKind.Object ? DistributionSyntax.Read(f, "firstMonth", _file) : null;
            first = d as CountDistribution ?? throw o.Error(f, $"\"firstMonth\" must be a month or a count distribution of months; found {f.Describe()}", "a whole number 1-12 or e.g. { \"dist\": \"discreteUniform\", \"min\": 4, \"max\": 9 }");
            if (first.MinimumCount < 1 || first.MaximumCount > 12)
            {
                throw o.Error(f, $"\"firstMonth\" {first} takes values outside the months 1-12", "months 1 (January) to 12 (December)");
            }
        }

        o.Finish();
        return new StreamTiming(member.Key, concentration, first);
    }

    private TriggerSpec ReadTrigger(JsonNode node)
    {
        var o = new ObjectReader(node, _file, "\"trigger\"");
        var thresholdNode = o.Required("threshold", "the completion below which the rule fires, e.g. 0.80");
        var threshold = o.ToNumber(thresholdNode, "threshold", "a completion in (0, 1]");
        if (threshold is <= 0 or > 1)
        {
            throw o.Error(thresholdNode, $"\"threshold\" is {thresholdNode.Text}, outside (0, 1]", "a completion in (0, 1], e.g. 0.80 for 80%");
        }

        var replan = false;
        if (o.Optional("replan") is { } r)
        {
            replan = r.Kind == JsonKind.Boolean ? r.Text == "true" : throw o.Error(r, $"\"replan\" must be true or false; found {r.Describe()}", "true (re-phase the remaining target after a firing) or false");
        }

        PolicyBoost? boost = null;
        if (o.Optional("boost") is { } b)
        {
            var bo = new ObjectReader(b, _file, "the \"boost\" of \"trigger\"");
            var inputNode = bo.Required("input", "the name of a probability input, e.g. \"newProduct.benchmarks.winProbability\"");
            var probabilities = _inputs.Where(p => !p.Value.Distribution.IsConstant && p.Value.Distribution.Minimum >= 0 && p.Value.Distribution.Maximum <= 1).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
            if (inputNode.Kind != JsonKind.String || !_inputs.TryGetValue(inputNode.Text, out var input))
            {
                var hint = inputNode.Kind == JsonKind.String ? ObjectReader.Suggest(inputNode.Text, _inputs.Keys) : null;
                throw bo.Error(inputNode, $"\"input\" must name an input of the scenario; found {inputNode.Describe()}" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), "one of: " + string.Join(", ", probabilities));
            }

            if (input.Distribution.Minimum < 0 || input.Distribution.Maximum > 1)
            {
                throw bo.Error(inputNode, $"\"{inputNode.Text}\" is {input.Distribution}, not a probability", "a probability input: " + string.Join(", ", probabilities));
            }

            var shiftNode = bo.Required("shift", "the rise in probability, e.g. 0.10");
            var shift = bo.ToNumber(shiftNode, "shift", "a number in (0, 1]");
            if (shift is <= 0 or > 1)
            {
                throw bo.Error(shiftNode, $"\"shift\" is {shiftNode.Text}, outside (0, 1]", "a rise in probability in (0, 1], e.g. 0.10 for 10 points");
            }

            bo.Finish();
            boost = new PolicyBoost(inputNode.Text, shift);
        }

        o.Finish();
        return new TriggerSpec(threshold, replan, boost);
    }

    private BudgetItem[] ReadBudget(JsonNode node)
    {
        var sources = _streams.SelectMany(s => s.Components.Select(c => c.Name).Prepend(s.Name)).ToArray();
        var o = new ObjectReader(node, _file, "\"budget\"");
        var items = new List<BudgetItem>();
        foreach (var member in o.Members)
        {
            if (member.Key.Length == 0 || !member.Key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
            {
                throw Error(member.Line, member.Column, $"\"{member.Key}\" is not a valid name for a budget line", "letters, digits, '_' or '-'");
            }

            var line = new ObjectReader(member.Value, _file, $"the budget line \"{member.Key}\"");
            var amountNode = line.Required("amount", "what the line spends in 萬元, e.g. 80");
            var amount = line.ToNumber(amountNode, "amount", "an amount of at least 0.01 萬元");
            if (amount < 0.01)
            {
                // Revenue per 萬元 divides by it: a vanishing amount is a slip, and would overflow.
                throw line.Error(amountNode, $"\"amount\" is {amountNode.Text}; a budget line spends at least 0.01 萬元 (100 CNY)", "an amount of at least 0.01 萬元, e.g. 80");
            }

            var buys = new List<BudgetAttribution>();
            if (line.Optional("buys") is { } buysNode)
            {
                if (buysNode.Kind != JsonKind.Array)
                {
                    throw line.Error(buysNode, $"\"buys\" must be a list; found {buysNode.Describe()}", "[ { \"source\": \"newCustomers.3c\", \"share\": 0.4167 } ]");
                }

                foreach (var item in buysNode.Items)
                {
                    var b = new ObjectReader(item, _file, "an attribution of \"" + member.Key + "\"");
                    var sourceNode = b.Required("source", "a component's path (e.g. \"newCustomers.3c\") or a stream's name");
                    if (sourceNode.Kind != JsonKind.String || !sources.Contains(sourceNode.Text))
                    {
                        var hint = sourceNode.Kind == JsonKind.String ? ObjectReader.Suggest(sourceNode.Text, sources) : null;
                        throw b.Error(sourceNode, $"\"source\" must name a stream or a component; found {sourceNode.Describe()}" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), "one of: " + string.Join(", ", sources));
                    }

                    var shareNode = b.Required("share", "the attributed share of the source's revenue, in [0, 1]");
                    var share = b.ToNumber(shareNode, "share", "a number in [0, 1]");
                    if (share is < 0 or > 1)
                    {
                        throw b.Error(shareNode, $"\"share\" is {shareNode.Text}, outside [0, 1]", "a share in [0, 1], e.g. 0.4167 for 50 of 120 leads");
                    }

                    b.Finish();
                    buys.Add(new BudgetAttribution(sourceNode.Text, share));
                }
            }

            var note = line.OptionalText("note", "free text");
            line.Finish();
            items.Add(new BudgetItem(member.Key, amount, buys, note));
        }

        return [.. items];
    }

    private InputException Error(JsonNode node, string problem, string? expected = null) => Error(node.Line, node.Column, problem, expected);

    private InputException Error(int line, int column, string problem, string? expected = null)
        => JsonTreeReader.Error(_file, line, column, problem, expected);
}
