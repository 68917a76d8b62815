using System.Globalization;
using Analytics.Analyses.Sensitivity;
using Analytics.Common;

namespace Analytics.Report.Blocks;

/// <summary>The tornado in words, for the owner's report and the notebooks alike.</summary>
public static class SensitivityBlocks
{
    /// <summary>How the tornado was made (trials), its widest three bars, and what its centre line is (against the simulation's P(hit), when given).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="d">The sensitivity analysis.</param>
    /// <param name="probabilityOfHit">P(hit) of the plain simulation, to say that the centre line is not it; or null.</param>
    /// <param name="names">The label of an input by its path (e.g. <see cref="Scenarios.InputLabels.Of"/>); default: the path, in both languages.</param>
    public static void Drivers(ReportWriter writer, SensitivityResult d, double? probabilityOfHit, Func<string, BilingualText>? names = null)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(d);
        var o = writer.Options;
        var trials = Formats.Count(d.Trials);
        // Ranked here rather than trusting the list's order: the words name the widest bars.
        var ranked = d.Tornado.OrderByDescending(r => r.HitSwing).ThenByDescending(r => r.MeanSwing).ToArray();
        var label = (string input) => o.Text((names ?? BilingualText.Same)(input));
        var top = ranked.Take(3).Select(r => $"{label(r.Input)} ({Formats.Percent(r.HitAtLow.Value)} – {Formats.Percent(r.HitAtHigh.Value)})").ToArray();
        var overall = probabilityOfHit is { } p ? Formats.Percent(p) : null;
        writer.Paragraph(o.Text(
            $"每個不確定的輸入依次固定在它自己的 P10 與 P90，其他輸入固定在中位數，各模擬 {trials} 個年度（同一種子：共同隨機數；訂單數與訂單金額仍然隨機）。擺幅最大的{(top.Length == 3 ? "三" : top.Length.ToString(CultureInfo.InvariantCulture))}個：{string.Join("；", top)}。",
            $"Each uncertain input in turn is held at its own P10 and at its P90, every other input at its median, over {trials} simulated years each (one seed: common random numbers; order counts and values still vary). The widest {(top.Length == 3 ? "three" : top.Length.ToString(CultureInfo.InvariantCulture))}: {string.Join("; ", top)}."));
        writer.Paragraph(
            o.Text(
                $"中線 {Formats.Percent(d.BaseHit.Value)} 是所有輸入都在中位數時的達標機率{(overall is null ? string.Empty : $"，不是上面的 {overall}")}：把輸入固定在中位數，去掉了它們本身的不確定（例如市場好的年份）。{(names is null ? $"輸入名稱是情景檔案裡的路徑，例如擺幅最大的 {ranked.FirstOrDefault()?.Input}。" : $"輸入以方案裡的名稱標示，例如擺幅最大的「{(ranked.Length > 0 ? label(ranked[0].Input) : string.Empty)}」（情景檔案裡的 {ranked.FirstOrDefault()?.Input}）。")}",
                $"The centre line, {Formats.Percent(d.BaseHit.Value)}, is P(hit) with every input at its median{(overall is null ? string.Empty : $", not the {overall} above")}: holding the inputs at their medians removes their own uncertainty (the good market years, for one). {(names is null ? $"Inputs are named by their path in the scenario file, e.g. the widest, {ranked.FirstOrDefault()?.Input}." : $"Inputs are named from the plan, e.g. the widest, \"{(ranked.Length > 0 ? label(ranked[0].Input) : string.Empty)}\" ({ranked.FirstOrDefault()?.Input} in the scenario file).")}"),
            note: true);
    }
}
