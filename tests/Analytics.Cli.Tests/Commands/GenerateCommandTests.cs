using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class GenerateCommandTests
{
    [Fact]
    public void Generate_Customers_WritesTheShippedFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "customers-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (code, _, err) = CliRunner.Run("generate", "customers", "--out", path);
            Assert.Equal(0, code);
            Assert.Contains("Wrote 200 customers", err, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ShippedPlan, "customers.csv")), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Generate_ExistingFile_RefusesToOverwrite()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "keep me");
            var err = CliRunner.AssertBadInput(CliRunner.Run("generate", "customers", "--out", path));
            Assert.Contains("refusing to overwrite", err, StringComparison.Ordinal);
            Assert.Equal("keep me", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Generate_WithoutOut_ExitTwo()
        => Assert.Contains("--out FILE is required", CliRunner.AssertBadInput(CliRunner.Run("generate", "customers")), StringComparison.Ordinal);
}
