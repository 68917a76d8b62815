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

    [Fact]
    public void Generate_History_WritesTheShippedFilesAndRefusesToOverwrite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "history-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, _, err) = CliRunner.Run("generate", "history", "--plan", RepoPaths.ShippedPlan, "--out", folder);
            Assert.Equal(0, code);
            Assert.Contains("for 2023-2025", err, StringComparison.Ordinal);
            foreach (var file in new[] { "orders.csv", "sales.csv", "leads.csv", "renewals.csv" })
            {
                Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ShippedPlan, "history", file)), File.ReadAllText(Path.Combine(folder, file)));
            }

            Assert.Contains("refusing to overwrite", CliRunner.AssertBadInput(CliRunner.Run("generate", "history", "--plan", RepoPaths.ShippedPlan, "--out", folder)), StringComparison.Ordinal);
            Assert.Equal(0, CliRunner.Run("generate", "history", "--plan", RepoPaths.ShippedPlan, "--out", folder, "--seed", "7", "--force").Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Generate_Actuals_WritesTheShippedSampleAndChecksThrough()
    {
        var folder = Directory.CreateTempSubdirectory("actuals-");
        try
        {
            var (actuals, pipeline) = (Path.Combine(folder.FullName, "actuals.csv"), Path.Combine(folder.FullName, "pipeline.csv"));
            var (code, _, err) = CliRunner.Run("generate", "actuals", "--plan", RepoPaths.ShippedPlan, "--through", "2026-06", "--out", actuals, "--pipeline", pipeline);
            Assert.True(code == 0, err);
            Assert.Contains("seed 2032", err, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ShippedPlan, "actuals.csv")), File.ReadAllText(actuals));
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ShippedPlan, "pipeline.csv")), File.ReadAllText(pipeline));
            Assert.Contains("plan year 2026", CliRunner.AssertBadInput(CliRunner.Run("generate", "actuals", "--plan", RepoPaths.ShippedPlan, "--through", "2025-06", "--out", Path.Combine(folder.FullName, "x.csv"))), StringComparison.Ordinal);
            Assert.Contains("YYYY-MM", CliRunner.AssertBadInput(CliRunner.Run("generate", "actuals", "--plan", RepoPaths.ShippedPlan, "--through", "June", "--out", Path.Combine(folder.FullName, "x.csv"))), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Generate_Unknown_ExitTwoNamingBoth()
        => Assert.Contains("can only generate \"customers\" or \"history\"", CliRunner.AssertBadInput(CliRunner.Run("generate", "people", "--out", "x")), StringComparison.Ordinal);

    [Fact]
    public void Generate_CustomersFromAPlan_DefaultsToItsCustomersFileAndTheAuditAgrees()
    {
        using var plan = new TempPlanFolder()
            .Replace("facts.csv", "existing_customers,200,", "existing_customers,150,")
            .Replace("facts.csv", "renewal_due_customers,60,", "renewal_due_customers,40,");
        // The user's own list is never replaced, even with --force; a header-only file (how a new plan starts) is.
        CliRunner.AssertBadInput(CliRunner.Run("generate", "customers", "--plan", plan.Path, "--seed", "9", "--force"));
        File.WriteAllLines(plan.File("customers.csv"), [File.ReadLines(plan.File("customers.csv")).First()]);
        var (code, _, err) = CliRunner.Run("generate", "customers", "--plan", plan.Path, "--seed", "9", "--force");
        Assert.True(code == 0, err);
        Assert.Contains("Wrote 150 customers", err, StringComparison.Ordinal);
        Assert.Contains("40 due in 2026", err, StringComparison.Ordinal);
        var first = File.ReadAllText(plan.File("customers.csv"));
        var audit = CliRunner.Run("audit", plan.Path).Out;
        Assert.DoesNotContain("ERROR [customer-facts]", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING [customer-facts]", audit, StringComparison.Ordinal);

        // Reproducible from the seed.
        Assert.Equal(0, CliRunner.Run("generate", "customers", "--plan", plan.Path, "--seed", "9", "--force").Code);
        Assert.Equal(first, File.ReadAllText(plan.File("customers.csv")));
    }

    [Fact]
    public void Generate_CustomersFromAPlanWithoutForce_KeepsItsFile()
    {
        using var plan = new TempPlanFolder();
        CliRunner.AssertBadInput(CliRunner.Run("generate", "customers", "--plan", plan.Path));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ShippedPlan, "customers.csv")), File.ReadAllText(plan.File("customers.csv")));
    }

    [Fact]
    public void Generate_CustomersFromTheServoExample_ReproducesItsShippedList()
    {
        var path = Path.Combine(Path.GetTempPath(), "customers-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            Assert.Equal(0, CliRunner.Run("generate", "customers", "--plan", RepoPaths.Data("servo-2026"), "--seed", "2026", "--out", path).Code);
            Assert.Equal(File.ReadAllText(RepoPaths.Data("servo-2026", "customers.csv")), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
