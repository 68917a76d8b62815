using System.Globalization;
using Analytics.Charts;
using Analytics.Common;

namespace Analytics.Report.Sections;

/// <summary>Each person's target and the over-assignment it adds up to.</summary>
public sealed class PeopleSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "people";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("落實到人", "Targets by person");

    /// <inheritdoc />
    public override bool Applies(ReportContent content) => content?.Decomposition.People.Count > 0;

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var d = content.Decomposition;
        writer.Chart("personal-targets", SalesCharts.PersonalTargets(d, o));
        writer.Table(
            [o.Text("人員", "Person"), ">" + o.Text("個人目標", "target"), ">" + o.Text("其中負責", "as owner"), ">Q1", ">Q2", ">Q3", ">Q4", o.Text("角色", "Role")],
            d.People.Select(p => (IReadOnlyList<string>)
            [
                o.IsChinese ? p.Person.NameZh : p.Person.NameEn,
                o.FormatNumber(p.Total),
                o.FormatNumber(p.OwnerTotal),
                .. p.Phased.Quarters.Select(q => o.FormatNumber(q)),

                // The role's name as the plan writes it (roles.csv, or the built-in roles' names), never a C# name.
                o.Text(p.Person.Role.Name),
            ]));
        var ratio = d.OverAssignmentRatio.ToString("0.###", CultureInfo.InvariantCulture);
        // Over-assignment is only claimed when the people's targets really add up to more than the company's.
        writer.Paragraph(d.OverAssignmentRatio > 1
            ? o.Text(
                $"個人目標合計 {o.FormatAmount(d.PersonalTotal)}，是公司目標的 {ratio} 倍：同一筆銷售計入不止一個人的目標，獎金因此按多於計劃銷售額的金額計提。",
                $"Personal targets add up to {o.FormatAmount(d.PersonalTotal)}, {ratio} x the company target: the same sale counts towards more than one person's target, so bonuses are paid on more than the plan expects to sell.")
            : o.Text(
                $"個人目標合計 {o.FormatAmount(d.PersonalTotal)}，是公司目標的 {ratio} 倍：沒有超過公司目標，獎金不會按多於計劃銷售額的金額計提。",
                $"Personal targets add up to {o.FormatAmount(d.PersonalTotal)}, {ratio} x the company target: they do not exceed it, so bonuses are not paid on more than the plan expects to sell."), note: true);
    }
}
