using System.Globalization;
using Analytics.Analyses.Splits;
using Analytics.Charts.Adapters;
using Analytics.Charts;
using Analytics.Common;
using Analytics.Scenarios;

namespace Analytics.Report.Blocks;

/// <summary>
/// The split analysis in words and tables, written through a <see cref="ReportWriter"/>: the owner's
/// report and the notebooks' formatters write the same sentences from the same results. Streams are
/// named by <c>name</c> (the report uses the plan's line names, a notebook the stream ids).
/// </summary>
public static class SplitBlocks
{
    /// <summary>How the splits were judged: the response model (and its assumption's label), the grid, the trials and the seed.</summary>
    public static void Intro(ReportWriter writer, SplitResult r, ScenarioAssumption? assumption)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(r);
        var o = writer.Options;
        var label = assumption is null ? string.Empty : " " + assumption.Id;
        var seed = r.Manifest?.Seed.ToString(CultureInfo.InvariantCulture);
        writer.Paragraph(r.HasResponse
            ? o.Text(
                $"占比不只分配目標，也分配精力與預算：在情景的投入反應模型下（假設{label}：各業務的銷售按它分到的占比以遞減報酬增減），{r.Grid.Count} 種占比（步長 {ReportText.SplitShare(r.Step)}）都在同樣的 {Formats.Count(r.Trials)} 個模擬年度上評估{(seed is null ? string.Empty : $"（種子 {seed}）")}，共同隨機數去掉了占比之間差別的大部分抽樣雜訊，但沒有去掉挑出最佳占比時的雜訊。",
                $"A split assigns effort and budget as well as targets: under the scenario's response model (assumption{label}: each line's revenue answers its share with diminishing returns), {r.Grid.Count} splits (step {ReportText.SplitShare(r.Step)}) are judged on the same {Formats.Count(r.Trials)} simulated years{(seed is null ? string.Empty : $" (seed {seed})")}: common random numbers remove most of the sampling noise from the differences between splits, but not from the choice of the best one.")
            : o.Text(
                "情景沒有投入反應模型：占比只分配子目標，每一種占比的全年達標機率都相同，只有各線子目標的風險不同。",
                "The scenario has no response model: a split only assigns sub-targets, so every split has the same P(hit); only the lines' sub-target risk differs."));
    }

    /// <summary>
    /// A table of named splits (default: the plan's, the best and the risk-balanced one): shares in the ternary's
    /// order (<see cref="SplitMaps.Order"/>: any number of lines), P(hit) with its error, P(every line reaches its
    /// part), mean revenue, P10, expected margin.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="r">The split analysis.</param>
    /// <param name="extra">More named splits to list, or null.</param>
    /// <param name="name">A stream's name on the page, for the shares' heading when the streams are not the seed's three business types (default: the stream's id).</param>
    public static void Named(ReportWriter writer, SplitResult r, IReadOnlyList<(string Name, SplitRow Row)>? extra = null, Func<string, string>? name = null)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(r);
        var o = writer.Options;
        var order = SplitMaps.Order(r.Streams);
        var shares = SplitMaps.IsBusinessTypes(r.Streams)
            ? o.Text("復購 / 新客戶 / 新產品", "repurchase / new customers / new product")
            : string.Join(" / ", order.Select(i => (name ?? (s => s))(r.Streams[i])));
        var named = new List<(string Name, SplitRow Row)>
        {
            (o.Text("計劃", "Plan"), r.Plan),
            (o.Text("最佳", "Best"), r.Best),
            (o.Text("風險均衡", "Risk-balanced"), r.RiskBalanced.Row),
        };
        named.AddRange(extra ?? []);
        writer.Table(
            [
                o.Text("占比", "Split"),
                ">" + shares,
                ">" + o.Text("達標機率", "P(hit)"),
                ">" + o.Text("標準誤（百分點）", "standard error (points)"),
                ">" + o.Text("各線都達成子目標", "every line reaches its part"),
                ">" + o.Text($"平均銷售（{o.UnitName}）", $"mean revenue ({o.UnitName})"),
                ">P10",
                ">" + o.Text($"預期毛利（{o.UnitName}）", $"expected gross margin ({o.UnitName})"),
            ],
            named.Select(n => (IReadOnlyList<string>)
            [
                n.Name,
                SplitMaps.Percentages(n.Row.Split, order),
                Formats.Percent(n.Row.ProbabilityOfTarget.Value),
                Formats.Points(n.Row.ProbabilityOfTarget.StandardError),
                Formats.Percent(n.Row.ProbabilityAllStreams.Value),
                o.FormatEstimate(n.Row.ExpectedRevenue.Value),
                o.FormatEstimate(n.Row.P10),
                n.Row.ExpectedMargin is { } m ? o.FormatEstimate(m) : "-",
            ]),
            "splits");
    }

    /// <summary>The best and the risk-balanced split against the plan, paired on the same years, and the risk-balanced level.</summary>
    public static void Paired(ReportWriter writer, SplitResult r)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(r);
        var o = writer.Options;
        writer.Paragraph(o.Text(
            $"在同樣的模擬年度上逐年比較：最佳占比比計劃 {ReportText.PairedPoints(o, r.BestVersusPlan.ProbabilityDifference)}，在 {Formats.Percent(r.BestVersusPlan.ProbabilityFirstBeats.Value)} 的年份銷售更多；風險均衡占比比計劃 {ReportText.PairedPoints(o, r.RiskBalancedVersusPlan.ProbabilityDifference)}。風險均衡占比讓每條線達成自己子目標的機率相同（{Formats.Percent(r.RiskBalanced.Level)}）{(r.RiskBalanced.Converged ? string.Empty : "，但計算沒有收斂，請謹慎看待")}。",
            $"Year by year on the same simulated years: the best split beats the plan by {ReportText.PairedPoints(o, r.BestVersusPlan.ProbabilityDifference)} and brings more revenue in {Formats.Percent(r.BestVersusPlan.ProbabilityFirstBeats.Value)} of years; the risk-balanced split differs from the plan by {ReportText.PairedPoints(o, r.RiskBalancedVersusPlan.ProbabilityDifference)}. The risk-balanced split gives every line the same chance of reaching its own sub-target ({Formats.Percent(r.RiskBalanced.Level)}){(r.RiskBalanced.Converged ? string.Empty : ", but its computation did not settle: read it with care")}."));
        if (r.HasResponse && r.Grid.Count > 1)
        {
            // The best is picked on the very draws that judge it, so its own figures lean high.
            writer.Paragraph(
                o.Text(
                    $"最佳占比是 {r.Grid.Count} 種占比在同一批抽樣上的最高者，它的達標機率因此偏高（贏家詛咒）：換一個種子再算，通常會低一些。應以它比計劃的配對 95% 區間來判斷，而不是它自己的達標機率。",
                    $"The best split is the highest of {r.Grid.Count} splits on the same draws, so its P(hit) is biased upward (the winner's curse): a run with another seed would usually put it a little lower. Go by its paired 95% interval against the plan, not by its own P(hit)."),
                note: true);
        }
    }

    /// <summary>Each line's sub-target, its chance of reaching it and the expected shortfall, under the plan's split and the best.</summary>
    public static void SubTargets(ReportWriter writer, SplitResult r, Func<string, string> name)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(r);
        Preconditions.NotNull(name);
        var o = writer.Options;
        writer.Heading(o.Text("各業務線的子目標風險：計劃與最佳占比", "Each line's sub-target risk: the plan's split and the best"));
        writer.Table(
            [
                o.Text("業務類型", "Business line"),
                ">" + o.Text("計劃子目標", "plan: sub-target"),
                ">" + o.Text("達成機率", "P(reach)"),
                ">" + o.Text("預期缺口", "expected shortfall"),
                ">" + o.Text("最佳占比子目標", "best: sub-target"),
                ">" + o.Text("達成機率", "P(reach)"),
                ">" + o.Text("預期缺口", "expected shortfall"),
            ],
            r.Streams.Select((s, k) => (IReadOnlyList<string>)
            [
                name(s),
                o.FormatEstimate(r.Plan.Streams[k].SubTarget),
                Formats.Percent(r.Plan.Streams[k].Probability.Value),
                o.FormatEstimate(r.Plan.Streams[k].ExpectedShortfall),
                o.FormatEstimate(r.Best.Streams[k].SubTarget),
                Formats.Percent(r.Best.Streams[k].Probability.Value),
                o.FormatEstimate(r.Best.Streams[k].ExpectedShortfall),
            ]),
            "sub-targets");
        writer.Paragraph(
            o.Text(
                $"預期缺口是子目標減去實際銷售的平均（沒有缺口的年份算 0），單位 {o.UnitName}。最佳占比提高了全年的達標機率，但會把某些線的子目標訂得更難：全年達標不等於每條線都達標。",
                $"The expected shortfall is the mean of sub-target minus revenue (0 in years without one), in {o.UnitName}. The best split raises the year's chance but can set some lines harder sub-targets: hitting the year is not every line hitting its part."),
            note: true);
    }

    /// <summary>
    /// What the margin frontier means, with its number of splits and, from the frontier itself, what
    /// moving along it trades: the safest split on it against the one with the highest expected margin.
    /// </summary>
    public static void FrontierNote(ReportWriter writer, SplitResult r, Func<string, string> name)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(r);
        Preconditions.NotNull(name);
        var o = writer.Options;
        var frontier = r.Frontier.Where(f => f.ExpectedMargin is not null).ToArray();
        var text = o.Text(
            $"線上的 {frontier.Length} 種占比是安全與利潤之間值得考慮的選擇，其餘的占比在兩方面都輸給線上的某一種。",
            $"The {frontier.Length} splits on the line are the choices between safety and profit worth weighing; every other split loses on both to one of them.");
        if (frontier.Length >= 2)
        {
            var safest = frontier.MaxBy(f => f.ProbabilityOfTarget.Value)!;
            var richest = frontier.MaxBy(f => f.ExpectedMargin!.Value)!;
            var order = SplitMaps.Order(r.Streams);
            var k = Enumerable.Range(0, r.Streams.Count).MaxBy(i => richest.Split[i] - safest.Split[i]);
            text += o.Text(
                $"線上最安全的占比 {SplitMaps.Percentages(safest.Split, order)}（達標機率 {Formats.Percent(safest.ProbabilityOfTarget.Value)}，預期毛利 {o.FormatAmount(safest.ExpectedMargin!.Value)}）與毛利最高的 {SplitMaps.Percentages(richest.Split, order)}（{Formats.Percent(richest.ProbabilityOfTarget.Value)}，{o.FormatAmount(richest.ExpectedMargin!.Value)}）相比，後者給{name(r.Streams[k])}的占比是 {ReportText.SplitShare(richest.Split[k])}，而不是 {ReportText.SplitShare(safest.Split[k])}。",
                $" The safest split on it, {SplitMaps.Percentages(safest.Split, order)} (P(hit) {Formats.Percent(safest.ProbabilityOfTarget.Value)}, expected margin {o.FormatAmount(safest.ExpectedMargin!.Value)}), against the most profitable, {SplitMaps.Percentages(richest.Split, order)} ({Formats.Percent(richest.ProbabilityOfTarget.Value)}, {o.FormatAmount(richest.ExpectedMargin!.Value)}): the latter gives {name(r.Streams[k])} {ReportText.SplitShare(richest.Split[k])} of the target instead of {ReportText.SplitShare(safest.Split[k])}.");
        }

        writer.Paragraph(text, note: true);
    }

    /// <summary>
    /// How far the best split hangs on the response assumption: a heading that says so plainly (from the
    /// result: whether the versions give more than one best split), the versions' best splits, on which side
    /// of the plan each line's best share falls, what can be said robustly, and the assumption's own words.
    /// </summary>
    public static void Robustness(ReportWriter writer, ResponseRobustnessResult robust, Func<string, string> name, ScenarioAssumption? assumption)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(robust);
        Preconditions.NotNull(name);
        var o = writer.Options;
        var label = assumption is null ? string.Empty : " " + assumption.Id;
        var order = SplitMaps.Order(robust.Streams);
        string Split(Split s) => SplitMaps.Percentages(s, order);
        var stated = robust.AsStated;
        var moves = robust.DistinctBest > 1;
        writer.Heading(moves
            ? o.Text($"最佳占比取決於投入反應假設{label}", $"The best split depends on the response assumption{label}")
            : o.Text($"投入反應假設{label}改變時，最佳占比不變", $"The best split survives changes of the response assumption{label}"));
        writer.Paragraph(o.Text(
            $"上面的最佳占比 {Split(stated.Best.Split)} 建立在投入反應假設{label}之上：各業務的銷售有多少不靠投入也會來（floor），投入增減時銷售變化多快（彈性）。這是判斷，不是數據。把這些數字一次改一個，在同樣的 {Formats.Count(robust.Trials)} 個模擬年度上重新找最佳占比：{robust.Versions} 個版本得出 {robust.DistinctBest} 種不同的最佳占比。",
            $"The best split above, {Split(stated.Best.Split)}, rests on the response assumption{label}: how much of each line's revenue comes without effort (the floor) and how fast it answers more or less effort (the elasticity). That is judgement, not data. Changing those numbers one at a time and searching the grid again on the same {Formats.Count(robust.Trials)} simulated years, {robust.Versions} versions give {robust.DistinctBest} different best splits."));
        writer.Table(
            [
                o.Text("假設的版本", "Version of the assumption"),
                ">" + (SplitMaps.IsBusinessTypes(robust.Streams)
                    ? o.Text("最佳占比（復購 / 新客戶 / 新產品）", "best split (repurchase / new customers / new product)")
                    : o.Text($"最佳占比（{string.Join(" / ", order.Select(i => name(robust.Streams[i])))}）", $"best split ({string.Join(" / ", order.Select(i => name(robust.Streams[i])))})")),
                ">" + o.Text("達標機率", "P(hit)"),
                ">" + o.Text("比計劃（百分點，95% 區間）", "over the plan (points, 95% interval)"),
            ],
            robust.Variants.Prepend(stated).Select(v => (IReadOnlyList<string>)
            [
                Describe(o, v, stated, robust, name),
                Split(v.Best.Split),
                Formats.Percent(v.Best.ProbabilityOfTarget.Value),
                $"{ReportText.SignedPoints(v.BestVersusPlan.ProbabilityDifference.Value)} ({ReportText.SignedPoints(v.BestVersusPlan.ProbabilityDifference.Lower95)} – {ReportText.SignedPoints(v.BestVersusPlan.ProbabilityDifference.Upper95)})",
            ]),
            "robustness");
        writer.List(robust.Shifts.Select(s => Direction(o, s, name(s.Stream))));
        var oneSided = robust.Shifts.Where(s => s.OneSided).Select(s => name(s.Stream)).ToArray();
        writer.Paragraph(oneSided.Length == 0
            ? o.Text("沒有一個方向在所有版本下都成立：在投入反應有數據支持之前，不宜按最佳占比重新分配資源。", "No direction holds in every version: until the response is backed by data, the best split is no basis for moving resources.")
            : moves
                ? o.Text($"所以，能穩健地說的只有上面標明「不取決於」的方向（{string.Join("、", oneSided)}）；具體的最佳占比會隨假設移動，不宜照搬。", $"So the robust advice is only the direction marked as not hanging on the numbers ({string.Join(", ", oneSided)}); the best split itself moves with the assumption and should not be copied as it stands.")
                : o.Text("在這些版本下最佳占比都一樣。", "The best split is the same in every one of these versions."));
        if (assumption is not null)
        {
            writer.Paragraph(o.Text($"假設 {assumption.Id}（情景檔案原文）：", $"Assumption {assumption.Id} (as the scenario file states it): ") + o.Text(assumption.Text), note: true);
        }
    }

    // One line's best share against the plan's, over the versions.
    private static string Direction(ChartOptions o, ShareShift s, string name)
    {
        var plan = ReportText.SplitShare(s.PlanShare);
        var range = $"{ReportText.SplitShare(s.Smallest)} – {ReportText.SplitShare(s.Largest)}";
        if (s.Lower == s.Versions)
        {
            return o.Text($"{name}：{s.Versions} 個版本的最佳占比都低於計劃的 {plan}（{range}）——「{name}少投入一些」不取決於這些數字的細節。", $"{name}: every one of the {s.Versions} versions gives it less than the plan's {plan} ({range}): \"less effort on {name}\" does not hang on these numbers.");
        }

        if (s.Higher == s.Versions)
        {
            return o.Text($"{name}：{s.Versions} 個版本的最佳占比都高於計劃的 {plan}（{range}）——「{name}多投入一些」不取決於這些數字的細節。", $"{name}: every one of the {s.Versions} versions gives it more than the plan's {plan} ({range}): \"more effort on {name}\" does not hang on these numbers.");
        }

        return o.Text($"{name}：{s.Lower} 個版本低於、{s.Same} 個版本接近、{s.Higher} 個版本高於計劃的 {plan}（{range}）——方向取決於假設。", $"{name}: {s.Lower} versions give it less than the plan's {plan}, {s.Same} about the same, {s.Higher} more ({range}): the direction hangs on the assumption.");
    }

    // "as the scenario states it", or what the change moved: "repurchase: floor 0.5 → 0.3", "newProduct: mean elasticity 0.6 → 0.739".
    private static string Describe(ChartOptions o, ResponseVariant v, ResponseVariant stated, ResponseRobustnessResult robust, Func<string, string> name)
    {
        if (v.Change is not { } c)
        {
            return o.Text("情景所述", "as the scenario states it");
        }

        var k = robust.Streams.ToList().IndexOf(c.Stream);
        string Number(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
        return c.Knob == ResponseKnob.Floor
            ? o.Text($"{name(c.Stream)}：floor {Number(stated.Floors[k])} → {Number(v.Floors[k])}", $"{name(c.Stream)}: floor {Number(stated.Floors[k])} → {Number(v.Floors[k])}")
            : o.Text($"{name(c.Stream)}：平均彈性 {Number(stated.ElasticityMeans[k])} → {Number(v.ElasticityMeans[k])}", $"{name(c.Stream)}: mean elasticity {Number(stated.ElasticityMeans[k])} → {Number(v.ElasticityMeans[k])}");
    }
}
