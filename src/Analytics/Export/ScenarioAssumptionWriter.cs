using System.Text;
using Analytics.Common;
using Analytics.Loading;
using Analytics.Scenarios;
using Analytics.Scenarios.Editing;

namespace Analytics.Export;

/// <summary>
/// Writes a fitted value into a scenario file as a labelled assumption (<see cref="ScenarioEditor"/>)
/// and saves the file through <see cref="SafeFile"/>: atomically, never over another input of the
/// run (the data the value was fitted from), in the file's own encoding (a UTF-8 byte-order mark is
/// kept), and after keeping the original as <c>SCENARIO.bak</c> the first time the file is edited.
/// </summary>
public static class ScenarioAssumptionWriter
{
    /// <summary>The backup's suffix: plc-2026.json is kept as plc-2026.json.bak.</summary>
    public const string BackupSuffix = ".bak";

    /// <summary>Edits the scenario file at <paramref name="scenario"/> and saves it.</summary>
    /// <param name="scenario">The scenario file to edit.</param>
    /// <param name="path">The value's path (see <see cref="ScenarioEditor.Apply"/>).</param>
    /// <param name="value">The fitted value and its comment.</param>
    /// <param name="replace">Whether a labelled value may be replaced.</param>
    /// <param name="inputs">The run's other inputs (the data fitted): the scenario may not be one of them.</param>
    /// <returns>The edit made, and whether a backup was written.</returns>
    /// <exception cref="InputException">The scenario cannot be read or edited (see <see cref="ScenarioEditor.Apply"/>).</exception>
    /// <exception cref="IOException">The scenario is one of <paramref name="inputs"/>, or cannot be written.</exception>
    public static (ScenarioEdit Edit, string? Backup) Apply(string scenario, string path, AssumptionValue value, bool replace, IEnumerable<string> inputs)
    {
        Preconditions.NotBlank(scenario);
        var others = Preconditions.NotNull(inputs).ToArray();
        SafeFile.CheckWritable(scenario, others, overwrite: true, OutputMark.EditInPlace);
        byte[] bytes;
        try
        {
            if (!File.Exists(scenario))
            {
                throw new InputException(scenario, 0, null, "file not found", "the scenario file to write the fit into");
            }

            if (new FileInfo(scenario).Length > ScenarioLoader.MaxFileBytes)
            {
                throw new InputException(scenario, 0, null, "the file is larger than a scenario may be", "a scenario file (.json)");
            }

            bytes = File.ReadAllBytes(scenario);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(scenario, 0, null, "cannot be read: " + e.Message);
        }

        var edit = ScenarioEditor.Apply(TextDecoding.Decode(bytes, scenario), scenario, path, value, replace);
        string? backup = null;
        if (!File.Exists(scenario + BackupSuffix))
        {
            backup = scenario + BackupSuffix;
            SafeFile.Write(backup, s => s.Write(bytes), [scenario, .. others], mark: OutputMark.Once);
        }

        var encoding = EncodingOf(bytes);
        SafeFile.Write(scenario, s => s.Write([.. encoding.GetPreamble(), .. encoding.GetBytes(edit.Text)]), others, overwrite: true, OutputMark.EditInPlace);
        return (edit, backup);
    }

    // The encoding the file was read in, with its byte-order mark when it had one.
    private static Encoding EncodingOf(byte[] bytes)
        => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? new UTF8Encoding(true)
        : bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? new UnicodeEncoding(false, true)
        : bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? new UnicodeEncoding(true, true)
        : new UTF8Encoding(false);
}
