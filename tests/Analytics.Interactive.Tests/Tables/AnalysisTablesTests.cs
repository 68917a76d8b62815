using Analytics.Analyses.Splits;
using Analytics.Interactive.Tables;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.Tables;

public class AnalysisTablesTests
{
    [Fact]
    public void Splits_PlanBestRiskBalancedAndATypedSplit_ShareColumnsPerStreamAndTheFigures()
    {
        var r = AnalysisRuns.Splits;
        var typed = new Split([0.30, 0.50, 0.20]);
        var f = AnalysisTables.Splits(r, [("typed", AnalysisRuns.Samples.Evaluate(typed))]);
        Assert.Equal(["split", "repurchase", "newCustomers", "newProduct", "pHit", "stdError", "pAllStreams", "meanRevenue", "p10", "expectedMargin"], f.Columns.Select(c => c.Name));
        Assert.Equal(["plan", "best", "riskBalanced", "typed"], Enumerable.Range(0, 4).Select(i => (string)f["split"][i]));
        Assert.Equal(r.Best.ProbabilityOfTarget.Value, (double)f["pHit"][1]!);
        Assert.Equal(0.5, (double)f["newCustomers"][3]!, 12);
    }

    [Fact]
    public void Comparisons_Pairs_TheSamplesPairedDifferences()
    {
        var r = AnalysisRuns.Splits;
        var f = AnalysisTables.Comparisons(AnalysisRuns.Samples, [("best - plan", r.Best.Split, r.Plan.Split)]);
        Assert.Equal(r.BestVersusPlan.ProbabilityDifference.Value, (double)f["pHitDifference"][0]!, 12);
        Assert.Equal(r.BestVersusPlan.ProbabilityDifference.Lower95, (double)f["lower95"][0]!, 12);
        Assert.Equal(r.BestVersusPlan.ProbabilityFirstBeats.Value, (double)f["pFirstMoreRevenue"][0]!, 12);
    }

    [Fact]
    public void SubTargets_TwoSplits_OneRowPerSplitAndStream()
    {
        var r = AnalysisRuns.Splits;
        var f = AnalysisTables.SubTargets([("plan", r.Plan), ("best", r.Best)]);
        Assert.Equal(6, f.Rows.Count);
        Assert.Equal(1800, (double)f["subTarget"][0]!, 9);
        Assert.Equal(r.Best.Streams[2].ExpectedShortfall, (double)f["expectedShortfall"][5]!);
    }

    [Fact]
    public void Versions_Robustness_StatedFirstWithFloorsElasticitiesAndTheBest()
    {
        var v = AnalysisRuns.Robustness;
        var f = AnalysisTables.Versions(v);
        Assert.Equal(3, f.Rows.Count);
        Assert.Equal(["as stated", "repurchase floor +0.2", "newProduct elasticity odds × 2"], Enumerable.Range(0, 3).Select(i => (string)f["change"][i]));
        Assert.Equal([0.5, 0.7], Enumerable.Range(0, 2).Select(i => Math.Round((double)f["floor.repurchase"][i]!, 12)));
        Assert.Equal(v.Variants[1].ElasticityMeans[2], (double)f["elasticity.newProduct"][2]!);
        Assert.Equal(v.Variants[1].Best.Split.ToString(), f["best"][2]);
    }

    [Fact]
    public void TornadoAndDrivers_Sensitivity_RowsPerInput()
    {
        var s = AnalysisRuns.Sensitivity;
        var t = AnalysisTables.Tornado(s);
        Assert.Equal(s.Tornado.Count, t.Rows.Count);
        Assert.Equal(s.Tornado[0].HitSwing, (double)t["hitSwing"][0]!);
        var d = AnalysisTables.Drivers(s);
        Assert.Equal(s.RankCorrelations.Count, d.Rows.Count);
        var market = s.SobolHit.Single(x => x.Input == "market");
        var row = s.RankCorrelations.ToList().FindIndex(x => x.Input == "market");
        Assert.Equal(market.TotalOrder.Value, (double)d["stHit"][row]!);
    }

    [Fact]
    public void Quarters_Trigger_FourRows()
    {
        var t = AnalysisRuns.Trigger;
        var f = AnalysisTables.Quarters(t);
        Assert.Equal([1, 2, 3, 4], Enumerable.Range(0, 4).Select(i => (int)f["quarter"][i]!));
        Assert.Equal(t.Quarters[2].Firing.Value, (double)f["pFires"][2]!);
    }

    [Fact]
    public void Policy_Trigger_ThePolicyAndThePushAllYearPaired()
    {
        var p = AnalysisRuns.Trigger.Policy!;
        var f = AnalysisTables.Policy(AnalysisRuns.Trigger);
        Assert.Equal(["policy", "pushAllYear"], Enumerable.Range(0, 2).Select(i => (string)f["response"][i]));
        Assert.Equal(p.FiresByQ3.Value, (double)f["acts"][0]!);
        Assert.Equal(p.Value.ProbabilityDifference.Value, (double)f["pHitDifference"][0]!);
        Assert.Equal(p.PushAllYear.ProbabilityDifference.Upper95, (double)f["upper95"][1]!);
        Assert.Equal(0, AnalysisTables.Policy(AnalysisRuns.Trigger with { Policy = null }).Rows.Count);
    }

    [Fact]
    public void GoalSeeks_ReachableAndNot_AnswerOrBlank()
    {
        var f = AnalysisTables.GoalSeeks([AnalysisRuns.GoalSeek, AnalysisRuns.GoalSeekOutOfReach]);
        Assert.Equal(["newCustomers.*.winRate", "repurchase.tierC.renewalProbability"], Enumerable.Range(0, 2).Select(i => (string)f["lever"][i]));
        Assert.Equal([true, false], Enumerable.Range(0, 2).Select(i => (bool)f["reachable"][i]!));
        Assert.Equal(AnalysisRuns.GoalSeek.Value, (double?)f["needed"][0]);
        Assert.Null(f["needed"][1]);
    }

    [Fact]
    public void Budget_Result_BlankPerWanForTheUnattributable()
    {
        var f = AnalysisTables.Budget(AnalysisRuns.Budget);
        Assert.Equal(5, f.Rows.Count);
        Assert.Null(f["perWan"][3]);
        Assert.Equal(AnalysisRuns.Budget.Lines[0].PerUnit!.Value, (double)f["perWan"][0]!);
    }
}
