using System.Globalization;
using Analytics.Cli.Commands;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Output;

/// <summary>
/// A progress bar on standard error for a long run: trials done of the run's estimated total and the
/// time left, redrawn four times a second. It appears only once the run has lasted
/// <see cref="Delay"/> (a shorter run shows nothing), only when standard error is a terminal
/// (<see cref="CliContext.Terminal"/>) and never with --quiet; standard output (JSON included) is
/// untouched. The engine reports each finished block through <see cref="SimulationProgress"/>; the
/// callback only adds to a counter, so the bar costs the run nothing measurable.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    /// <summary>How long a run goes before the bar appears: runs expected to take longer show it.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    /// <summary>How often the bar is redrawn.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);

    private const int Width = 30;

    private readonly TextWriter _terminal;
    private readonly TimeProvider _time;
    private readonly double _total;
    private readonly long _start;
    private readonly IDisposable _scope;
    private readonly ITimer _timer;
    private readonly Lock _drawing = new();
    private long _done;
    private int _shownLength;
    private bool _closed;

    private ProgressBar(TextWriter terminal, TimeProvider time, double total)
    {
        _terminal = terminal;
        _time = time;
        _total = total;
        _start = time.GetTimestamp();
        _scope = SimulationProgress.Report(trials => Interlocked.Add(ref _done, trials));
        _timer = time.CreateTimer(_ => Draw(), null, Delay, Period);
    }

    /// <summary>The trials reported so far.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>
    /// Starts a bar for a run of about <paramref name="totalTrials"/> simulated trials, or nothing when
    /// standard error is not a terminal or <paramref name="quiet"/>. Dispose it when the run ends.
    /// </summary>
    public static IDisposable Start(CliContext context, bool quiet, double totalTrials)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Terminal is null || quiet || !(totalTrials > 0) ? new Nothing() : new ProgressBar(context.Terminal, context.Time, totalTrials);
    }

    /// <summary>The bar's text for <paramref name="done"/> of <paramref name="total"/> trials after <paramref name="elapsed"/>, e.g. "[#####.....] 50% 50,000 / 100,000 trials, 4 s left".</summary>
    public static string Text(long done, double total, TimeSpan elapsed)
    {
        var fraction = Math.Clamp(done / total, 0, 0.999);
        var filled = (int)(fraction * Width);
        var left = fraction > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction) : (TimeSpan?)null;
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', Width - filled)}] {fraction * 100,3:0}% {done:#,0} / {total:#,0} trials, {(left is { } l ? Duration(l) + " left" : "starting")}");
    }

    /// <summary>Redraws the bar (the timer calls this; tests may too).</summary>
    public void Draw()
    {
        lock (_drawing)
        {
            if (_closed)
            {
                return;
            }

            var text = Text(Done, _total, _time.GetElapsedTime(_start));
            _terminal.Write("\r" + text.PadRight(_shownLength));
            _terminal.Flush();
            _shownLength = text.Length;
        }
    }

    /// <summary>Stops the bar and clears its line.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        _scope.Dispose();
        lock (_drawing)
        {
            if (_shownLength > 0)
            {
                _terminal.Write("\r" + new string(' ', _shownLength) + "\r");
                _terminal.Flush();
            }

            _closed = true;
        }
    }

    private static string Duration(TimeSpan t)
        => t.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours} h {t.Minutes:00} min")
            : t.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes} min {t.Seconds:00} s")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(t.TotalSeconds):0} s");

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
