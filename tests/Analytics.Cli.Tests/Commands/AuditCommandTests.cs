using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class AuditCommandTests
{
    [Fact]
    public void Audit_ShippedPlan_PrintsQ4ErrorAndExitsOne()
    {
        var (code, output, _) = CliRunner.Run("audit", RepoPaths.ShippedPlan);
        Assert.Equal(1, code);
        Assert.Contains("ERROR [phasing-quarter]", output, StringComparison.Ordinal);
        Assert.Contains("Q4: 600 a month x 3 = 1800, but 28% of 5000 = 1400", output, StringComparison.Ordinal);
        Assert.Contains("The monthly targets add up to 5400, not the 5000 target", output, StringComparison.Ordinal);
        Assert.Contains("2 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Json_FindingsWithSeverityRuleLocationMessageFixes()
    {
        var (code, output, _) = CliRunner.Run("audit", RepoPaths.ShippedPlan, "--format", "json");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        var q4 = findings.Single(f => f.GetProperty("rule").GetString() == "phasing-quarter");
        Assert.Equal("error", q4.GetProperty("severity").GetString());
        Assert.EndsWith("phasing.csv:5", q4.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Contains("1800", q4.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("1400", q4.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(q4.GetProperty("fixes").GetArrayLength() >= 1);
        Assert.All(findings, f => Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" }));
    }

    [Fact]
    public void Audit_CorrectedPlan_ExitsZero()
    {
        using var plan = new TempPlanFolder().Replace("phasing.csv", "Q4,600,", "Q4,466.67,");
        var (code, output, _) = CliRunner.Run("audit", plan.Path);
        Assert.Equal(0, code);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        // file, text to replace ("" = whole file), replacement, what stderr must say (file:line: column ...)
        { "targets.csv", "", "", "targets.csv: the file is empty" },
        { "targets.csv", "id,parent,level,", "id,parent,lvl,", "targets.csv:1: column 3 (lvl): unknown column \"lvl\"" },
        { "targets.csv", "Existing-customer repurchase,1800,0.36", "Existing-customer repurchase,1800,0.36,extra", "targets.csv:3: the row has 11 fields but the header has 10" },
        { "targets.csv", "Existing-customer repurchase,1800,", "Existing-customer repurchase,一千八,", "targets.csv:3: column 8 (amount): \"一千八\" is not a number" },
        { "targets.csv", "Existing-customer repurchase,1800,", "Existing-customer repurchase,-1800,", "targets.csv:3: column 8 (amount): the amount -1800 is negative" },
        { "targets.csv", "Existing-customer repurchase,1800,", "Existing-customer repurchase,NaN,", "targets.csv:3: column 8 (amount): \"NaN\" is not a finite number" },
        { "targets.csv", "Existing-customer repurchase,1800,0.36", "Existing-customer repurchase,1800,1.5", "targets.csv:3: column 9 (share): the share 1.5 is outside [0, 1] (over 100%)" },
        { "targets.csv", "new_customers,company,line", "repurchase,company,line", "targets.csv:4: column id: duplicate target id \"repurchase\"" },
        { "targets.csv", "nc_3c,new_customers,industry", "nc_3c,missing_parent,industry", "targets.csv:11: column parent: the parent \"missing_parent\" of \"nc_3c\" does not exist" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Audit_BadInput_ExitTwoWithFileLineColumn(string file, string old, string replacement, string expected)
    {
        using var plan = new TempPlanFolder();
        if (old.Length == 0)
        {
            plan.Write(file, replacement);
        }
        else
        {
            plan.Replace(file, old, replacement);
        }

        var err = CliRunner.AssertBadInput(CliRunner.Run("audit", plan.Path));
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.Contains("expected", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Cycle_ExitTwo()
    {
        using var plan = new TempPlanFolder().Append("targets.csv", "loop_a,loop_b,region,,south,甲,A,,0.5,\nloop_b,loop_a,industry,3c,,乙,B,,0.5,\n");
        Assert.Contains("the targets form a cycle", CliRunner.AssertBadInput(CliRunner.Run("audit", plan.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_MissingFolder_ExitTwo()
        => Assert.Contains("plan folder not found", CliRunner.AssertBadInput(CliRunner.Run("audit", "/no/such/folder")), StringComparison.Ordinal);

    [Fact]
    public void Audit_MissingFile_ExitTwo()
    {
        using var plan = new TempPlanFolder().Delete("people.csv");
        Assert.Contains("people.csv: file not found", CliRunner.AssertBadInput(CliRunner.Run("audit", plan.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_ByteOrderMarks_ReadFine()
    {
        using var plan = new TempPlanFolder();
        var file = plan.File("targets.csv");
        plan.WriteBytes("targets.csv", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(file)]);
        Assert.Equal(1, CliRunner.Run("audit", plan.Path).Code);
    }

    [Fact]
    public void Audit_GbkEncodedFile_ExitTwoSaysNotUtf8()
    {
        using var plan = new TempPlanFolder();
        var text = File.ReadAllText(plan.File("regions.csv"));
        var gbk = text.Replace("華南", "\u0001", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetBytes(gbk).SelectMany(b => b == 1 ? new byte[] { 0xC8, 0xA9, 0xC4, 0xCF } : [b]).ToArray();
        plan.WriteBytes("regions.csv", bytes);
        var err = CliRunner.AssertBadInput(CliRunner.Run("audit", plan.Path));
        Assert.Contains("regions.csv:2: the file is not valid UTF-8", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_LangZh_FindingsFixesAndSummaryInChinese()
    {
        var (code, output, _) = CliRunner.Run("audit", RepoPaths.ShippedPlan, "--lang", "zh");
        Assert.Equal(1, code);
        Assert.Contains("錯誤 [phasing-quarter]", output, StringComparison.Ordinal);
        Assert.Contains("修正：", output, StringComparison.Ordinal);
        Assert.Contains("2 個錯誤，0 個警告", output, StringComparison.Ordinal);
        Assert.DoesNotContain("fix:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_LangZhJson_MessagesInChineseCodesUnchanged()
    {
        var (code, output, _) = CliRunner.Run("audit", RepoPaths.ShippedPlan, "--format", "json", "--lang", "zh");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var q4 = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "phasing-quarter");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", q4.GetProperty("message").GetString());
        Assert.Equal("error", q4.GetProperty("severity").GetString());
    }

    [Fact]
    public void Audit_LangUnknown_UsageError()
        => Assert.Equal(2, CliRunner.Run("audit", RepoPaths.ShippedPlan, "--lang", "fr").Code);
}
