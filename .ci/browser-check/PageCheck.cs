using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Analytics.Charts.ImageExport;

namespace BrowserCheck;

/// <summary>What one page did in the browser: its charts, which of them drew, and every error it logged.</summary>
internal sealed record PageResult(string Page, int Charts, IReadOnlyList<string> Undrawn, IReadOnlyList<string> Errors, TimeSpan DrawTime, long Bytes)
{
    public string Describe()
        => string.Create(CultureInfo.InvariantCulture, $"{Page}: {Bytes / 1e6:0.00} MB, {Charts} chart(s), {Charts - Undrawn.Count} drawn in {DrawTime.TotalSeconds:0.0} s, {Errors.Count} console/network error(s)");

    public IReadOnlyList<string> Failures(int minimumCharts)
    {
        var failures = new List<string>();
        if (Charts < minimumCharts)
        {
            failures.Add($"{Page}: {Charts} chart element(s), expected at least {minimumCharts}");
        }

        failures.AddRange(Undrawn.Select(id => $"{Page}: chart {id} was not drawn"));
        failures.AddRange(Errors.Select(e => $"{Page}: {e}"));
        return failures;
    }
}

/// <summary>
/// Drives Chromium over the DevTools protocol (a plain WebSocket: no npm, no browser download):
/// collects console errors, uncaught exceptions and failed requests, loads the page, then waits
/// until every div.chart holds a drawn plotly figure (a .main-svg with at least one trace, slice
/// or heatmap layer) or the time runs out.
/// </summary>
internal static class PageCheck
{
    /// <summary>Counts charts and lists those not (yet) drawn, as JSON.</summary>
    private const string Probe = """
        JSON.stringify((() => {
          const charts = [...document.querySelectorAll('div.chart')];
          const drawn = el => el.classList.contains('js-plotly-plot')
            && !el.classList.contains('chart-error')
            && el.querySelector('svg.main-svg') !== null
            && el.querySelectorAll('.main-svg .trace, .main-svg .slice, .main-svg .hm, .main-svg .imagelayer image').length > 0;
          return { charts: charts.length, undrawn: charts.filter(c => !drawn(c)).map(c => c.id) };
        })())
        """;

    public static async Task<PageResult> RunAsync(string page, TimeSpan timeout)
    {
        var browser = ChromiumBrowser.Find() ?? throw new InvalidOperationException(ChromiumBrowser.NotFoundMessage);
        var full = Path.GetFullPath(page);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException("no such page", full);
        }

        var profile = Directory.CreateTempSubdirectory("browser-check-").FullName;
        var start = new ProcessStartInfo(browser.ExecutablePath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in ChromiumBrowser.HeadlessArguments(profile))
        {
            start.ArgumentList.Add(a);
        }

        start.ArgumentList.Add("--remote-debugging-port=0");
        start.ArgumentList.Add("about:blank");
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        try
        {
            using var cts = new CancellationTokenSource(timeout);
            var socketUrl = await PageSocketAsync(profile, cts.Token);
            using var cdp = await Cdp.ConnectAsync(socketUrl, cts.Token);
            await cdp.SendAsync("Runtime.enable", null, cts.Token);
            await cdp.SendAsync("Log.enable", null, cts.Token);
            await cdp.SendAsync("Page.enable", null, cts.Token);
            var clock = Stopwatch.StartNew();
            await cdp.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(full).AbsoluteUri }, cts.Token);
            await cdp.WaitForEventAsync("Page.loadEventFired", cts.Token);

            JsonNode probe;
            while (true)
            {
                var reply = await cdp.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = Probe, ["returnByValue"] = true }, cts.Token);
                probe = JsonNode.Parse(reply["result"]!["value"]!.GetValue<string>())!;
                if (probe["undrawn"]!.AsArray().Count == 0 || clock.Elapsed > TimeSpan.FromSeconds(20))
                {
                    break;
                }

                await Task.Delay(200, cts.Token);
            }

            var drawTime = clock.Elapsed;
            await Task.Delay(300, cts.Token); // late errors (a chart that fails asynchronously)
            return new PageResult(
                page,
                probe["charts"]!.GetValue<int>(),
                [.. probe["undrawn"]!.AsArray().Select(n => n!.GetValue<string>())],
                cdp.Errors,
                drawTime,
                new FileInfo(full).Length);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>The page target's WebSocket address, from the port Chromium writes to DevToolsActivePort.</summary>
    private static async Task<Uri> PageSocketAsync(string profile, CancellationToken token)
    {
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        while (!File.Exists(portFile) || new FileInfo(portFile).Length == 0)
        {
            await Task.Delay(100, token);
        }

        var port = (await File.ReadAllLinesAsync(portFile, token))[0].Trim();
        using var http = new HttpClient();
        while (true)
        {
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list"), token))!.AsArray();
            var pageTarget = targets.FirstOrDefault(t => t!["type"]!.GetValue<string>() == "page");
            if (pageTarget is not null)
            {
                return new Uri(pageTarget["webSocketDebuggerUrl"]!.GetValue<string>());
            }

            await Task.Delay(100, token);
        }
    }

    /// <summary>A minimal DevTools protocol client: numbered commands, replies matched by id, events recorded.</summary>
    private sealed class Cdp : IDisposable
    {
        private readonly ClientWebSocket _socket = new();
        private readonly Dictionary<int, TaskCompletionSource<JsonNode>> _pending = [];
        private readonly List<string> _events = [];
        private readonly List<string> _errors = [];
        private readonly Lock _gate = new();
        private int _next;
        private Task? _reader;

        public IReadOnlyList<string> Errors
        {
            get
            {
                lock (_gate)
                {
                    return [.. _errors];
                }
            }
        }

        public static async Task<Cdp> ConnectAsync(Uri url, CancellationToken token)
        {
            var cdp = new Cdp();
            cdp._socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await cdp._socket.ConnectAsync(url, token);
            cdp._reader = cdp.ReadAsync(token);
            return cdp;
        }

        public async Task<JsonNode> SendAsync(string method, JsonObject? parameters, CancellationToken token)
        {
            var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
            int id;
            lock (_gate)
            {
                id = ++_next;
                _pending[id] = reply;
            }

            var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, token);
            return await reply.Task.WaitAsync(token);
        }

        public async Task WaitForEventAsync(string method, CancellationToken token)
        {
            while (true)
            {
                lock (_gate)
                {
                    if (_events.Contains(method))
                    {
                        return;
                    }
                }

                await Task.Delay(50, token);
            }
        }

        public void Dispose() => _socket.Dispose();

        private async Task ReadAsync(CancellationToken token)
        {
            var buffer = new byte[1 << 16];
            using var message = new MemoryStream();
            while (_socket.State == WebSocketState.Open && !token.IsCancellationRequested)
            {
                WebSocketReceiveResult part;
                try
                {
                    part = await _socket.ReceiveAsync(buffer, token);
                }
                catch (Exception e) when (e is OperationCanceledException or WebSocketException)
                {
                    return;
                }

                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                lock (_gate)
                {
                    if (node["id"] is { } id && _pending.Remove(id.GetValue<int>(), out var waiter))
                    {
                        waiter.SetResult(node["result"] ?? new JsonObject());
                    }
                    else if (node["method"]?.GetValue<string>() is { } method)
                    {
                        _events.Add(method);
                        Record(method, node["params"]!);
                    }
                }
            }
        }

        private void Record(string method, JsonNode p)
        {
            switch (method)
            {
                case "Runtime.consoleAPICalled" when p["type"]!.GetValue<string>() is "error" or "assert":
                    _errors.Add("console." + p["type"] + ": " + string.Join(" ", p["args"]!.AsArray().Select(a => a!["value"]?.ToString() ?? a["description"]?.ToString())));
                    break;
                case "Runtime.exceptionThrown":
                    var details = p["exceptionDetails"]!;
                    _errors.Add("uncaught: " + (details["exception"]?["description"]?.ToString() ?? details["text"]?.ToString()));
                    break;
                case "Log.entryAdded" when p["entry"]!["level"]!.GetValue<string>() == "error":
                    _errors.Add("log: " + p["entry"]!["text"] + " " + p["entry"]!["url"]);
                    break;
            }
        }
    }
}
