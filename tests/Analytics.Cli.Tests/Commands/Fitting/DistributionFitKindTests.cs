using System.Text.Json;

namespace Analytics.Cli.Tests.Commands.Fitting;

public sealed class DistributionFitKindTests : IDisposable
{
    private readonly HistoryFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static JsonElement Json(params string[] args)
    {
        var (code, output, err) = CliRunner.Run(args);
        Assert.True(code == 0, err);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Fact]
    public void Distribution_ShippedOrders_FitsBestFirstNamedAsTheScenarioNamesThem()
    {
        var root = Json("fit", "distribution", HistoryFiles.Orders, "--where", "industry=3c,line=new_customers", "--bootstrap", "49", "--format", "json");
        Assert.Equal("column value, industry = 3c, line = new_customers", root.GetProperty("values").GetString());
        var fits = root.GetProperty("fits").EnumerateArray().ToArray();
        Assert.Equal(["gamma", "lognormal", "normal", "weibull"], fits.Select(f => f.GetProperty("family").GetString()).Order());
        Assert.Equal(fits.Select(f => f.GetProperty("aic").GetDouble()).Order(), fits.Select(f => f.GetProperty("aic").GetDouble()));
        var lognormal = fits.Single(f => f.GetProperty("family").GetString() == "lognormal");
        Assert.Equal(["mu", "sigma", "mean", "cv"], lognormal.GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["mu", "sigma", "mean", "cv"], lognormal.GetProperty("standardErrors").EnumerateObject().Select(p => p.Name));
        var gamma = fits.Single(f => f.GetProperty("family").GetString() == "gamma");
        Assert.Equal(["shape", "scale"], gamma.GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        foreach (var f in fits)
        {
            Assert.InRange(f.GetProperty("ksPValue").GetDouble(), 0.02, 1);
            Assert.InRange(f.GetProperty("adPValue").GetDouble(), 0.02, 1);
            Assert.StartsWith("{ \"dist\": \"" + f.GetProperty("family").GetString() + "\"", f.GetProperty("snippet").GetString(), StringComparison.Ordinal);
            Assert.Equal(2 * 2 - (2 * f.GetProperty("logLikelihood").GetDouble()), f.GetProperty("aic").GetDouble(), 9);
        }
    }

    [Fact]
    public void Distribution_SameSeedAnyThreads_SameOutput()
    {
        string[] args = ["fit", "distribution", HistoryFiles.Orders, "--where", "industry=lithium", "--bootstrap", "60", "--format", "json"];
        var one = CliRunner.Run([.. args, "--seed", "5", "--threads", "1"]).Out;
        Assert.Equal(one, CliRunner.Run([.. args, "--seed", "5", "--threads", "3"]).Out);
        Assert.NotEqual(one, CliRunner.Run([.. args, "--seed", "6"]).Out);
    }

    [Fact]
    public void Distribution_Text_TableParametersAndSnippets()
    {
        var (code, output, _) = CliRunner.Run("fit", "distribution", HistoryFiles.Orders, "--where", "industry=packaging", "--family", "gamma,pert", "--bootstrap", "19");
        Assert.Equal(0, code);
        Assert.Contains("Ranked by AIC (lowest first). p-values and 95% intervals from 19 parametric-bootstrap refits (seed 1)", output, StringComparison.Ordinal);
        Assert.Contains("standard errors: standard deviation of the bootstrap refits", output, StringComparison.Ordinal);
        Assert.Contains("scenario: { \"dist\": \"pert\", \"min\": ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("value\n3\n5\n-2\n7\n9\n", "t.csv:4: column 1 (value): -2 is not > 0, and lognormal, gamma and weibull fits need positive values")]
    [InlineData("value\n3\n5\nNaN\n7\n9\n", "t.csv:4: column 1 (value): \"NaN\" is not a finite number")]
    [InlineData("value\n3\n5\nmany\n7\n9\n", "t.csv:4: column 1 (value): \"many\" is not a number")]
    [InlineData("value\n3\n5\n7\n", "t.csv: the file has 3 value(s) in column value, too few to fit a distribution; expected at least 5 values")]
    [InlineData("value\n3\n3\n3\n3\n3\n", "t.csv: the data cannot be fitted: data must vary to fit a distribution; every value is 3")]
    [InlineData("a,b\n1,2\n", "t.csv:1: the file has several columns (a, b)")]
    public void Distribution_BadData_ExitTwoWithFileLineColumn(string content, string fragment)
    {
        var file = _files.Write("t.csv", content);
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "distribution", file, "--bootstrap", "0"));
        Assert.Contains(fragment.Replace("t.csv", file, StringComparison.Ordinal), message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distribution_NegativeValuesWithFamiliesThatTakeThem_Fitted()
    {
        var file = _files.Write("t.csv", "value\n3\n5\n-2\n7\n9\n1\n");
        Assert.Equal(0, CliRunner.Run("fit", "distribution", file, "--family", "normal", "--bootstrap", "0").Code);
    }

    [Theory]
    [InlineData("--family", "beta", "--family: unknown family \"beta\"")]
    [InlineData("--where", "industry", "--where takes COLUMN=VALUE pairs")]
    [InlineData("--bootstrap", "-1", "--bootstrap must be a whole number in [0, 100000]")]
    public void Distribution_BadOption_UsageError(string option, string value, string fragment)
        => Assert.Contains(fragment, CliRunner.AssertBadInput(CliRunner.Run("fit", "distribution", HistoryFiles.Orders, option, value)), StringComparison.Ordinal);
}
