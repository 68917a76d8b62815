using System.Runtime.InteropServices;
using System.Text;
using Analytics.Cli;
using Analytics.Cli.Commands;
using Analytics.Export;

// UTF-8 both ways so Chinese names print as written, whatever the terminal's locale says.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// Ctrl-C, SIGTERM, a closed terminal: the run's temporary files go before the process does (the
// handlers do not cancel the signal, so the process then ends as it would have).
static void Interrupted(PosixSignalContext signal) => Temporaries.DeleteAll();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupted);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupted);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Interrupted);
using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Interrupted);

var context = new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory())
{
    Terminal = Console.IsErrorRedirected ? null : Console.Error,
};
return CliApp.Run(args, context);
