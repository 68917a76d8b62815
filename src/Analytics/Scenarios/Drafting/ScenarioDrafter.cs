using System.Globalization;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;

namespace Analytics.Scenarios.Drafting;

/// <summary>
/// Drafts a complete scenario from a plan's own data: one stream per business line (by its kind:
/// renewal tiers and an upgrade pool for repurchase, direct and partner funnels per industry for new
/// customers, a benchmark cascade per new product, an order pool otherwise), a market input and its
/// correlations, and the analysis sections (margins, response, phasing, trigger, budget). Every figure
/// taken from the plan cites its row (file:line) in a comment; every figure the plan does not state is
/// a labelled default assumption (<see cref="DraftDefaults"/>). Pure: the plan in, the text out.
/// </summary>
public static class ScenarioDrafter
{
    /// <summary>The name of the shared market input.</summary>
    public const string MarketInput = "market";

    /// <summary>Drafts the scenario of <paramref name="plan"/>, named <paramref name="name"/>.</summary>
    /// <param name="plan">A loaded plan (2 to 8 business lines).</param>
    /// <param name="name">The scenario's name (e.g. the plan folder's name).</param>
    public static ScenarioDraft Draft(SalesPlan plan, string name)
    {
        Preconditions.NotNull(plan);
        Preconditions.NotBlank(name);
        return new Drafting(plan, PlanDecomposer.Decompose(plan), name).Run();
    }

    /// <summary>A line id as a stream name: camel case ("new_customers" is "newCustomers"); the scenario-plan check pairs them.</summary>
    public static string StreamName(string lineId)
    {
        var parts = Preconditions.NotBlank(lineId).Split(['_', '-'], StringSplitOptions.RemoveEmptyEntries);
        var text = string.Concat(parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        var clean = new string([.. text.Where(c => char.IsLetterOrDigit(c))]);
        return clean.Length == 0 ? "line" : clean;
    }

    private sealed class Drafting(SalesPlan plan, PlanDecomposition decomposition, string name)
    {
        private readonly DraftText _body = new();
        private readonly List<ScenarioAssumption> _assumptions = [];
        private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
        private readonly List<string> _winRates = [];
        private readonly List<Funnel> _funnels = [];
        private readonly List<(BusinessLine Line, string Stream)> _streams = [];

        private sealed record Funnel(string Path, string IndustryId, bool Partner, double Leads);

        public ScenarioDraft Run()
        {
            var market = Assume("market", new BilingualText($"計劃所說的市場增長（{Formats.PercentUpTo(plan.Facts.MarketGrowthLow)}-{Formats.PercentUpTo(plan.Facts.MarketGrowthHigh)}，facts.csv）本身並不確定：以一個市場因子表示，服從平均數 1、變異係數 {Number(DraftDefaults.MarketCv)} 的對數常態分佈，乘在每條業務線的每一筆訂單金額上。", $"The plan's market growth ({Formats.PercentUpTo(plan.Facts.MarketGrowthLow)}-{Formats.PercentUpTo(plan.Facts.MarketGrowthHigh)}, facts.csv) is itself uncertain: one market factor, lognormal with mean 1 and cv {Number(DraftDefaults.MarketCv)}, multiplies every order value in every stream."));
            _body.Open();
            _body.Member("format", "1");
            _body.Member("scenario", DraftText.Quote(name));
            _body.Open("description");
            _body.Member("zh", DraftText.Quote($"由計劃本身的數據起草（{plan.Lines.Count} 條業務線）；每個預設假設都在檔案開頭標為 D1、D2……"));
            _body.Member("en", DraftText.Quote($"Drafted from the plan's own data ({plan.Lines.Count} business lines); every default is labelled D1, D2, ... in the header."));
            _body.Close();
            _body.Member("target", Number(decomposition.Root.Amount), Cite(decomposition.Root.Node.Source));
            _body.Blank();
            _body.Open("inputs");
            _body.Comment($"{market}: the shared market factor.");
            _body.Member(MarketInput, LogNormal(1, DraftDefaults.MarketCv));
            _body.Close();
            _body.Blank();
            _body.Open("streams");
            foreach (var line in plan.Lines)
            {
                var amount = decomposition.AmountOf(line.Id);
                if (amount <= 0)
                {
                    _body.Comment($"Line {line.Id} targets 0 萬元 ({Cite(line.Target.Source)}): no stream.");
                    continue;
                }

                var stream = StreamName(line.Id);
                _streams.Add((line, stream));
                _body.Comment($"{line.NameEn} / {line.NameZh} (line {line.Id}, kind {BusinessLines.WordOf(line.Kind)}).");
                _body.Open(stream);
                _body.Member("target", Number(amount), Cite(line.Target.Source));
                _body.Member("multiplier", DraftText.Quote(MarketInput));
                _body.Open("components");
                switch (line.Kind)
                {
                    case LineKind.Repurchase:
                        Repurchase(line, stream, amount);
                        break;
                    case LineKind.NewCustomers:
                        NewCustomers(line, stream, amount);
                        break;
                    case LineKind.NewProduct:
                        NewProduct(line, amount);
                        break;
                    default:
                        Pool(line, amount, amount, IndustryOrder(line), "orders");
                        break;
                }

                _body.Close();
                _body.Close();
            }

            _body.Close();
            Correlations();
            Margins();
            Response();
            var phased = Phasing();
            if (phased)
            {
                Trigger();
            }

            Budget();
            _body.Close();
            return new ScenarioDraft(Header() + _body, _assumptions);
        }

        private string Header()
        {
            var header = new DraftText();
            header.Comment($"{name}: {ScenarioDraft.Marker} from the plan in this folder ({plan.Lines.Count} business lines, target {Formats.Amount(decomposition.Root.Amount)} 萬元). Every figure taken from the plan cites its row (file:line); every figure the plan does not state is a default assumption, labelled below and quoted on the report's sources page. Replace a default with your own figure (or `analytics fit KIND FILE --into`), and re-draft with --force only while the file is still the command's.");
            header.Comment(string.Empty);
            var text = header.ToString() + "//\n";
            foreach (var a in _assumptions)
            {
                // Both languages, each tagged (data/scenarios/README.md): the report shows the one of its page.
                var lines = CommentText.Wrap("en: " + a.Text.En, 88).Concat(CommentText.Wrap("zh: " + a.Text.Zh, 88)).ToArray();
                text += $"//  {a.Id}  {lines[0]}\n";
                text += string.Concat(lines.Skip(1).Select(l => $"//      {l}\n"));
            }

            return text + "//\n// Money in 萬元 (10,000 CNY). Format: data/scenarios/README.md.\n";
        }

        // The due customers' renewals by tier, then a pool of upgrade and maintenance orders for the rest of the target.
        private void Repurchase(BusinessLine line, string stream, decimal amount)
        {
            var year = plan.Facts.PlanYear;
            var lines = plan.LinesOf(LineKind.Repurchase).Where(l => decomposition.AmountOf(l.Id) > 0).ToArray();
            var weights = lines.Select(l => decomposition.AmountOf(l.Id)).ToArray();
            var index = Array.FindIndex(lines, l => l.Id == line.Id);
            var expected = 0.0;
            var smallest = double.PositiveInfinity;
            foreach (var tier in Enum.GetValues<CustomerTier>())
            {
                var due = plan.Customers.Where(c => c.Tier == tier && c.IsDueIn(year)).ToArray();
                if (due.Length == 0)
                {
                    continue;
                }

                var count = lines.Length == 1 ? due.Length : Allocation.LargestRemainder(due.Length, weights)[index];
                var order = (double)due.Average(c => c.RenewalOrder);
                smallest = Math.Min(smallest, order);
                var (p, why) = tier == CustomerTier.A
                    ? ((double)plan.Facts.ATierRepurchaseGoal, $"the plan's tier-A goal ({Cite(plan.FactLocation("a_tier_repurchase_goal"))})")
                    : (tier == CustomerTier.B ? DraftDefaults.RenewalB : DraftDefaults.RenewalC, Assume("renewal", new BilingualText($"計劃只給出 A 類客戶的續約目標：B、C 類客戶的續約機率取 {Number(DraftDefaults.RenewalB)} 與 {Number(DraftDefaults.RenewalC)}（參考情景的數值），各以相當於 {Number(DraftDefaults.RenewalWeight)} 次觀察續約的 Beta 分佈表示其不確定性；續約訂單金額的變異係數為 {Number(DraftDefaults.RenewalOrderCv)}。", $"The plan states a renewal goal for tier A only: tiers B and C renew with probability {Number(DraftDefaults.RenewalB)} and {Number(DraftDefaults.RenewalC)} (the reference scenario's), each uncertain as a Beta with the weight of {Number(DraftDefaults.RenewalWeight)} observed renewals; renewal order values vary with cv {Number(DraftDefaults.RenewalOrderCv)}.")));
                var split = lines.Length == 1 ? string.Empty : $"; {Assume("repurchaseSplit", new BilingualText("幾條復購業務線按各自目標的比例分配每一類的到期客戶（最大餘數法）。", "Several repurchase lines share the due customers of each tier in proportion to their targets (largest remainder)."))}";
                _body.Comment($"Tier {tier}: {due.Length} customers due in {year} (customers.csv {Rows(due.Select(c => c.Source))}){split}; mean renewal order {Number(order)} 萬元; renewal probability {Number(p)}, {why}.");
                _body.Open("tier" + tier);
                _body.Member("model", "\"renewalTier\"");
                _body.Member("customers", count.ToString(CultureInfo.InvariantCulture));
                _body.Member("renewalProbability", Beta(p, DraftDefaults.RenewalWeight));
                _body.Member("orderValue", LogNormal(order, DraftDefaults.RenewalOrderCv));
                _body.Close();
                expected += count * p * order;
            }

            var gap = (double)amount - expected;
            if (gap > 0)
            {
                var order = double.IsFinite(smallest) ? smallest : IndustryOrder(line);
                _body.Comment($"Upgrades and maintenance across the installed base ({plan.Facts.ExistingCustomers} customers, {Cite(plan.FactLocation("existing_customers"))}): {Assume("upgrades", new BilingualText($"計劃沒有給出升級與維保的數字：以一批訂單（筆數服從 Poisson 分佈）表示，其規模使這條業務線連同續約的預期銷售正好等於目標；每筆訂單金額取最小一類客戶的平均續約訂單（或各行業的平均訂單），變異係數 {Number(DraftDefaults.PoolOrderCv)}。", $"The plan states no upgrade or maintenance figures: a pool of orders (Poisson count) is sized so that with the renewals the line's expected revenue is its target, each order worth the smallest tier's mean renewal order (or the industries' average order), cv {Number(DraftDefaults.PoolOrderCv)}."))}.");
                Pool(line, (decimal)gap, amount, order, "upgrades", comment: false);
            }
            else
            {
                _body.Comment($"The renewals alone expect {Number(expected)} 萬元, the line's target or more ({stream}): no upgrade pool.");
            }
        }

        // Per industry, a direct funnel and (where channel partners sell in it) a partner funnel, from the plan's leads.
        private void NewCustomers(BusinessLine line, string stream, decimal amount)
        {
            var written = 0;
            foreach (var (industry, target) in IndustryTargets(line, amount))
            {
                var (leads, leadRows) = Leads(industry.Id);
                var claimants = plan.LinesOf(LineKind.NewCustomers).Where(l => decomposition.AmountOf(l.Id) > 0).ToArray();
                var shareOfLeads = claimants.Length == 1 ? 1.0 : LeadShare(industry, line, claimants);
                if (leads <= 0)
                {
                    leads = (double)target / ((double)industry.AverageOrder * (double)plan.Facts.TypicalWinRateMax / 2);
                    leadRows = Assume("leads:" + industry.Id, new BilingualText($"{industry.NameZh}行業沒有列出線索（trade_shows.csv、lead_sources.csv）：它的漏斗預期的線索數，是以典型最高贏單率的一半（{Cite(plan.FactLocation("typical_win_rate_max"))}）達成其目標所需的數量。", $"Industry {industry.Id} states no leads (trade_shows.csv, lead_sources.csv): its funnels expect the leads its target needs at half the typical maximum win rate ({Cite(plan.FactLocation("typical_win_rate_max"))})."));
                }
                else if (claimants.Length > 1)
                {
                    leadRows += "; " + Assume("leadSplit", new BilingualText("幾條新客戶業務線按各自在該行業的目標比例分配這個行業的線索。", "Several new-customer lines share an industry's leads in proportion to their targets in that industry."));
                }

                leads *= shareOfLeads;
                var partners = plan.ChannelPartners.Where(p => p.IndustryId == industry.Id).ToArray();
                var partnerShare = partners.Length > 0 ? (double)plan.Facts.ChannelShareOfNewCustomers : 0;
                var implied = (double)target / (leads * (double)industry.AverageOrder);
                var cap = (double)plan.Facts.TypicalWinRateMax;
                var rate = Math.Clamp(implied, 0.001, cap);
                var rateNote = Assume("winRate", new BilingualText($"計劃沒有給出贏單率：每個漏斗的贏單率取其行業目標所需的數值（目標 / (線索數 x 平均首單金額)），以典型最高值為上限（{Cite(plan.FactLocation("typical_win_rate_max"))}）；不確定性以 Beta 分佈表示，直銷的權重為 {Number(DraftDefaults.DirectWinRateWeight)}，渠道為 {Number(DraftDefaults.PartnerWinRateWeight)}（渠道成交較難預料）；首單金額的變異係數為 {Number(DraftDefaults.FirstOrderCv)}。可用 `analytics fit winrate` 以公司自己的歷史數據取代。", $"The plan states no win rates: each funnel wins at the rate its industry's target needs (target / (leads x average first order)), capped at the typical maximum ({Cite(plan.FactLocation("typical_win_rate_max"))}); uncertain as a Beta of weight {Number(DraftDefaults.DirectWinRateWeight)} direct and {Number(DraftDefaults.PartnerWinRateWeight)} through partners (their deals are less predictable); first orders vary with cv {Number(DraftDefaults.FirstOrderCv)}. Replace with `analytics fit winrate` on the company's own history."));
                var cappedNote = implied > cap ? $" (the target needs {Formats.PercentUpTo(implied)}: capped)" : string.Empty;
                var component = Component(industry.Id);
                var parts = partnerShare > 0 ? new[] { (Name: component, Partner: false, Share: 1 - partnerShare), (Name: component + "Partners", Partner: true, Share: partnerShare) } : [(Name: component, Partner: false, Share: 1.0)];
                foreach (var part in parts)
                {
                    var partLeads = leads * part.Share;
                    var why = part.Partner
                        ? $"{industry.NameEn}, through its {partners.Length} channel partners (channel_partners.csv {Rows(partners.Select(p => p.Source))}): {Formats.PercentUpTo(partnerShare)} of the leads, the partners' share of new customers ({Cite(plan.FactLocation("channel_share_of_new_customers"))})"
                        : $"{industry.NameEn}, direct{(partnerShare > 0 ? $": {Formats.PercentUpTo(1 - partnerShare)} of the leads" : string.Empty)}";
                    _body.Comment($"{why}. Leads {Number(partLeads)} of {Number(leads)} ({leadRows}); industry target {Number(target)} 萬元; win rate {Number(rate)}{cappedNote} ({rateNote}); first order {Number(industry.AverageOrder)} 萬元 ({Cite(industry.Source)}).");
                    _body.Open(part.Name);
                    _body.Member("model", "\"industryFunnel\"");
                    _body.Member("leads", $"{{ \"dist\": \"poisson\", \"mean\": {Number(partLeads)} }}");
                    _body.Member("winRate", Beta(rate, part.Partner ? DraftDefaults.PartnerWinRateWeight : DraftDefaults.DirectWinRateWeight));
                    _body.Member("orderValue", LogNormal((double)industry.AverageOrder, DraftDefaults.FirstOrderCv));
                    _body.Close();
                    _winRates.Add($"{stream}.{part.Name}.winRate");
                    _funnels.Add(new Funnel($"{stream}.{part.Name}", industry.Id, part.Partner, partLeads));
                    written++;
                }
            }

            if (written == 0)
            {
                Pool(line, amount, amount, IndustryOrder(line), "orders");
            }
        }

        // One benchmark cascade per new product: its own facts (products.csv, or facts.csv for a single product).
        private void NewProduct(BusinessLine line, decimal amount)
        {
            var facts = plan.ProductFacts(line.Id);
            if (facts.BenchmarkProspects == 0)
            {
                Pool(line, amount, amount, IndustryOrder(line), "orders");
                return;
            }

            var p = DraftDefaults.BenchmarkWinMean;
            var n = facts.BenchmarkProspects;
            var followers = (facts.BenchmarkFollowersMin + facts.BenchmarkFollowersMax) / 2.0;
            var value = (double)amount / ((n * p) + ((1 - Math.Pow(1 - p, n)) * followers));
            var note = Assume("benchmark", new BilingualText($"計劃沒有給出新產品標桿客戶的贏標機率與訂單金額：每個標桿客戶以 Beta({Number(p * DraftDefaults.BenchmarkWinWeight)}, {Number((1 - p) * DraftDefaults.BenchmarkWinWeight)}) 的機率贏得（平均 {Number(p)}，參考情景的數值）；標桿客戶與跟隨客戶的訂單金額相同，其大小使贏標機率取平均時整條連鎖的預期銷售等於業務線的目標（變異係數 {Number(DraftDefaults.BenchmarkValueCv)} 與 {Number(DraftDefaults.FollowerValueCv)}）。贏標機率本身不確定，使「一個標桿客戶也沒贏到」比按平均機率算時更可能，所以預期銷售低於目標。", $"The plan states no benchmark win probability or order values for a new product: each benchmark is won with a probability Beta({Number(p * DraftDefaults.BenchmarkWinWeight)}, {Number((1 - p) * DraftDefaults.BenchmarkWinWeight)}) (mean {Number(p)}, the reference scenario's), and a benchmark's and a follower's order are worth the same, sized so that at the mean win probability the cascade's expected revenue is the line's target (cv {Number(DraftDefaults.BenchmarkValueCv)} and {Number(DraftDefaults.FollowerValueCv)}). The uncertain win probability makes 'no benchmark won' likelier than its mean does, so the expectation falls short of the target."));
            _body.Comment($"{line.NameEn}: {n} benchmark prospects, {facts.BenchmarkFollowersMin}-{facts.BenchmarkFollowersMax} followers once one is won ({Cite(facts.Source)}); order value {Number(value)} 萬元 ({note}).");
            _body.Open("benchmarks");
            _body.Member("model", "\"benchmarkCascade\"");
            _body.Member("prospects", n.ToString(CultureInfo.InvariantCulture));
            _body.Member("winProbability", Beta(p, DraftDefaults.BenchmarkWinWeight));
            _body.Member("benchmarkValue", LogNormal(value, DraftDefaults.BenchmarkValueCv));
            _body.Member("followers", $"{{ \"dist\": \"discreteUniform\", \"min\": {facts.BenchmarkFollowersMin}, \"max\": {facts.BenchmarkFollowersMax} }}");
            _body.Member("followerValue", LogNormal(value, DraftDefaults.FollowerValueCv));
            _body.Close();
        }

        private void Pool(BusinessLine line, decimal expected, decimal amount, double order, string component, bool comment = true)
        {
            if (comment)
            {
                _body.Comment($"{line.NameEn}: {Assume("pool", new BilingualText($"計劃只給出目標的業務線，以一批訂單（筆數服從 Poisson 分佈）表示，預期合計正好等於目標；每筆訂單金額取其行業的平均首單金額（industries.csv；業務線未指明行業時取所有行業），變異係數 {Number(DraftDefaults.PoolOrderCv)}。", $"A line the plan describes by its target only is a pool of orders (Poisson count) expected to add up to its target, each order worth its industries' average first order (industries.csv; all industries when the line names none), cv {Number(DraftDefaults.PoolOrderCv)}."))}; target {Number(amount)} 萬元 ({Cite(line.Target.Source)}).");
            }

            _body.Open(component);
            _body.Member("model", "\"orderPool\"");
            _body.Member("count", $"{{ \"dist\": \"poisson\", \"mean\": {Number((double)expected / order)} }}");
            _body.Member("orderValue", LogNormal(order, DraftDefaults.PoolOrderCv));
            _body.Close();
        }

        private void Correlations()
        {
            if (_winRates.Count == 0)
            {
                return;
            }

            _body.Blank();
            _body.Comment($"{Assume("correlation", new BilingualText($"市場強勁時也更容易贏單：市場因子與每個漏斗的贏單率有等級相關（Spearman {Number(DraftDefaults.MarketWinRateRank)}）。", $"A strong market also makes deals easier to win: the market factor is rank-correlated (Spearman {Number(DraftDefaults.MarketWinRateRank)}) with every funnel's win rate."))}: the market lifts win rates as well as order values.");
            _body.OpenList("correlations");
            foreach (var rate in _winRates)
            {
                _body.Item($"{{ \"between\": [{DraftText.Quote(MarketInput)}, {DraftText.Quote(rate)}], \"rank\": {Number(DraftDefaults.MarketWinRateRank)} }}");
            }

            _body.CloseList();
        }

        private void Margins()
        {
            var label = Assume("margins", new BilingualText($"計劃沒有給出毛利率：每條業務線的毛利為銷售額的 {Number(DraftDefaults.BaseMargin)}（國內工業自動化廠商的典型水平），新產品另加其自身的毛利提升。", $"The plan states no gross margin: every line earns {Number(DraftDefaults.BaseMargin)} of its revenue (typical of domestic industrial-automation makers), a new product that plus its own margin uplift."));
            _body.Blank();
            _body.Comment($"{label}: gross margin of each stream's revenue.");
            _body.Open("margins");
            foreach (var (line, stream) in _streams)
            {
                if (line.Kind == LineKind.NewProduct)
                {
                    var facts = plan.ProductFacts(line.Id);
                    _body.Member(stream, Number(Math.Min(1, DraftDefaults.BaseMargin + (double)facts.MarginUplift)), $"uplift {Number(facts.MarginUplift)}, {Cite(facts.Source)}");
                }
                else
                {
                    _body.Member(stream, Number(DraftDefaults.BaseMargin));
                }
            }

            _body.Close();
        }

        private void Response()
        {
            var label = Assume("response", new BilingualText("每條業務線的銷售如何隨分到的投入占比變化，X(s) = X (f + (1 - f)(s/s0)^e)，按業務線類型而定：復購 f = 0.5，e ~ Beta(3, 5)（到期客戶無論如何都會回購）；新客戶與其他業務線 f = 0.3，e ~ Beta(5, 5)；新產品 f = 0.1，e ~ Beta(6, 4)（標桿客戶要靠主動爭取）。這是判斷，不是數據。", "How each line's revenue answers its share of effort, X(s) = X (f + (1 - f)(s/s0)^e), by its kind: repurchase f = 0.5, e ~ Beta(3, 5) (due customers reorder anyway); new customers and other lines f = 0.3, e ~ Beta(5, 5); a new product f = 0.1, e ~ Beta(6, 4) (benchmarks are won by push). Judgement, not data."));
            _body.Blank();
            _body.Comment($"{label}: how each stream's revenue answers its share of effort.");
            _body.Open("response");
            foreach (var (line, stream) in _streams)
            {
                var (floor, a, b) = line.Kind switch
                {
                    LineKind.Repurchase => (0.5, 3, 5),
                    LineKind.NewProduct => (0.1, 6, 4),
                    _ => (0.3, 5, 5),
                };
                _body.Member(stream, $"{{ \"floor\": {Number(floor)}, \"elasticity\": {{ \"dist\": \"beta\", \"a\": {a}, \"b\": {b} }} }}");
            }

            _body.Close();
        }

        private bool Phasing()
        {
            var quarters = plan.Phasing.OrderBy(q => q.Quarter).ToArray();
            if (quarters.Length != 4 || Math.Abs(quarters.Sum(q => (double)q.Share) - 1) > 1e-9)
            {
                _body.Blank();
                _body.Comment("No phasing or trigger section: the plan's quarterly shares (phasing.csv) are not four shares adding up to 100% (see `analytics audit`).");
                return false;
            }

            var label = Assume("timing", new BilingualText($"每次模擬以 Dirichlet 權重把一條業務線的全年銷售分到各月，權重以計劃的占比為中心：復購的集中度為 {Number(DraftDefaults.RepurchaseConcentration)}（續約日期已知），其他業務線為 {Number(DraftDefaults.OtherConcentration)}；新產品在首筆銷售之前沒有收入，首筆銷售的月份在其最早月份（products.csv 的 first_month，未填則為 {DraftDefaults.FirstMonth}）到其後 {DraftDefaults.FirstMonthSpread} 個月之間均勻抽取。", $"Each trial spreads a line's revenue by Dirichlet weights centred on the plan's shares: concentration {Number(DraftDefaults.RepurchaseConcentration)} for repurchase (renewal dates are known), {Number(DraftDefaults.OtherConcentration)} for the others; a new product books nothing before its first sale, in a month drawn uniformly from its earliest month (products.csv first_month, else {DraftDefaults.FirstMonth}) to {DraftDefaults.FirstMonthSpread} months later."));
            _body.Blank();
            _body.Comment($"The plan's quarterly shares (phasing.csv {Rows(quarters.Select(q => q.Source))}); {label}: each stream's timing uncertainty.");
            _body.Open("phasing");
            _body.Member("quarters", "[" + string.Join(", ", quarters.Select(q => Number(q.Share))) + "]");
            _body.Open("streams");
            foreach (var (line, stream) in _streams)
            {
                if (line.Kind == LineKind.NewProduct)
                {
                    var facts = plan.ProductFacts(line.Id);
                    var first = facts.FirstMonth ?? DraftDefaults.FirstMonth;
                    var last = Math.Min(12, first + DraftDefaults.FirstMonthSpread);
                    _body.Member(stream, $"{{ \"concentration\": {Number(DraftDefaults.OtherConcentration)}, \"firstMonth\": {{ \"dist\": \"discreteUniform\", \"min\": {first}, \"max\": {last} }} }}", facts.FirstMonth is null ? null : Cite(facts.Source));
                }
                else
                {
                    var concentration = line.Kind == LineKind.Repurchase ? DraftDefaults.RepurchaseConcentration : DraftDefaults.OtherConcentration;
                    _body.Member(stream, $"{{ \"concentration\": {Number(concentration)} }}");
                }
            }

            _body.Close();
            _body.Close();
            return true;
        }

        private void Trigger()
        {
            var steps = plan.ReplanRules.Where(r => r.Period == "quarter" && r.Metric == "completion").ToArray();
            if (steps.Length == 0)
            {
                _body.Blank();
                _body.Comment("No trigger section: the plan states no quarterly completion rule (replan_rules.csv).");
                return;
            }

            var rule = steps[0];
            var product = _streams.FirstOrDefault(s => s.Line.Kind == LineKind.NewProduct && plan.ProductFacts(s.Line.Id).BenchmarkProspects > 0);
            var boost = steps.Length > 1 && product.Stream is not null;
            var label = Assume("trigger", new BilingualText("重新規劃規則的第一步，是把剩餘目標重新分配到剩餘的季度" + (boost ? $"；之後的步驟模擬為集中爭取第一個新產品的標桿客戶，在當年餘下的時間裡把它們的贏標機率提高 {Number(DraftDefaults.BoostShift)}。" : "。"), "The re-plan rule's first step re-phases the remaining target over the remaining quarters" + (boost ? $"; its later steps are modelled as a push on the first new product's benchmarks, +{Number(DraftDefaults.BoostShift)} on their win probability for the rest of the year." : ".")));
            _body.Blank();
            _body.Comment($"The plan's re-plan rule {rule.Id} (replan_rules.csv {Rows(steps.Select(s => s.Source))}); {label}: the rule and its response as a policy.");
            _body.Open("trigger");
            _body.Member("threshold", Number(rule.Threshold), Cite(rule.Source));
            _body.Member("replan", "true");
            if (boost)
            {
                _body.Member("boost", $"{{ \"input\": {DraftText.Quote(product.Stream + ".benchmarks.winProbability")}, \"shift\": {Number(DraftDefaults.BoostShift)} }}");
            }

            _body.Close();
        }

        private void Budget()
        {
            var lines = plan.Budget.Where(b => b.Amount >= 0.01m).ToArray();
            if (lines.Length == 0)
            {
                return;
            }

            var label = Assume("budget", new BilingualText("每個預算項買到什麼，按它資助的內容而定（budget.csv 的 funds 一欄）：展會費用買到每個行業來自展會的那部分線索，渠道返利買到渠道漏斗的銷售，轉介紹獎勵買到來自轉介紹的那部分線索；其他預算項買到的，草稿無法追溯。", "What a budget line buys follows what it funds (budget.csv funds): trade shows buy the share of each industry's leads that come from its fairs, channel rebates the partner funnels' sales, referral rewards the share of leads that are referrals; any other line buys nothing the draft can trace."));
            _body.Blank();
            _body.Comment($"{label}: what each budget line (萬元) buys, as shares of the components' revenue.");
            _body.Open("budget");
            foreach (var line in lines)
            {
                var buys = Buys(line);
                if (buys.Count == 0)
                {
                    _body.Open(line.Id);
                    _body.Member("amount", Number(line.Amount), Cite(line.Source));
                    _body.Member("note", DraftText.Quote($"Not attributable: it funds {(string.IsNullOrEmpty(line.Funds) ? "nothing named" : line.Funds)}, which no component of the draft traces."));
                    _body.Close();
                    continue;
                }

                _body.Open(line.Id);
                _body.Member("amount", Number(line.Amount), Cite(line.Source));
                _body.OpenList("buys");
                foreach (var (path, share, why) in buys)
                {
                    _body.Item($"{{ \"source\": {DraftText.Quote(path)}, \"share\": {Number(Math.Round(share, 4))} }}", why);
                }

                _body.CloseList();
                _body.Close();
            }

            _body.Close();
        }

        private List<(string Path, double Share, string Why)> Buys(BudgetLine line)
        {
            var funds = line.Funds ?? string.Empty;
            var buys = new List<(string, double, string)>();
            foreach (var funnel in _funnels)
            {
                var (total, _) = Leads(funnel.IndustryId);
                if (funds == SalesPlan.BudgetLineFundsTradeShows)
                {
                    var shows = plan.TradeShows.Where(t => t.IndustryId == funnel.IndustryId).ToArray();
                    if (shows.Length > 0 && total > 0)
                    {
                        buys.Add((funnel.Path, shows.Sum(t => t.QualifiedLeads) / total, $"{shows.Sum(t => t.QualifiedLeads)} of {Number(total)} leads, trade_shows.csv {Rows(shows.Select(t => t.Source))}"));
                    }
                }
                else if (funds.Contains("channel", StringComparison.OrdinalIgnoreCase) && funnel.Partner)
                {
                    buys.Add((funnel.Path, 1, "the partner funnel's sales"));
                }
                else if (funds.Contains("referral", StringComparison.OrdinalIgnoreCase))
                {
                    var referrals = plan.LeadSources.Where(l => l.IndustryId == funnel.IndustryId && l.Kind.Contains("referral", StringComparison.OrdinalIgnoreCase)).ToArray();
                    if (referrals.Length > 0 && total > 0)
                    {
                        buys.Add((funnel.Path, referrals.Sum(l => l.Leads) / total, $"{referrals.Sum(l => l.Leads)} of {Number(total)} leads, lead_sources.csv {Rows(referrals.Select(l => l.Source))}"));
                    }
                }
            }

            return buys;
        }

        // The industries a new-customer line sells to, with their targets: its industry children, or every industry in proportion to its stated leads' value.
        private IEnumerable<(Industry Industry, decimal Target)> IndustryTargets(BusinessLine line, decimal amount)
        {
            var children = decomposition[line.Id].Children.Where(c => c.Node.Level == TargetLevel.Industry && c.Amount > 0 && plan.FindIndustry(c.Node.IndustryId) is not null).ToArray();
            if (children.Length > 0)
            {
                return children.Select(c => (plan.FindIndustry(c.Node.IndustryId)!, c.Amount));
            }

            var weights = plan.Industries.Select(i => (decimal)Math.Max(1, Leads(i.Id).Leads) * i.AverageOrder).ToArray();
            var split = Allocation.LargestRemainder(amount, weights, 0.01m);
            return plan.Industries.Select((i, k) => (i, split[k])).Where(p => p.Item2 > 0);
        }

        // The line's share of an industry's leads when several new-customer lines sell to it: in proportion to their targets in that industry.
        private double LeadShare(Industry industry, BusinessLine line, IReadOnlyList<BusinessLine> claimants)
        {
            decimal In(BusinessLine l) => IndustryTargets(l, decomposition.AmountOf(l.Id)).Where(p => p.Industry.Id == industry.Id).Sum(p => p.Target);
            var total = claimants.Sum(In);
            return total == 0 ? 0 : (double)(In(line) / total);
        }

        private (double Leads, string Rows) Leads(string industryId)
        {
            var shows = plan.TradeShows.Where(t => t.IndustryId == industryId).ToArray();
            var sources = plan.LeadSources.Where(l => l.IndustryId == industryId).ToArray();
            var cited = new List<string>();
            if (shows.Length > 0)
            {
                cited.Add($"trade_shows.csv {Rows(shows.Select(t => t.Source))}");
            }

            if (sources.Length > 0)
            {
                cited.Add($"lead_sources.csv {Rows(sources.Select(l => l.Source))}");
            }

            return (shows.Sum(t => t.QualifiedLeads) + sources.Sum(l => l.Leads), string.Join(", ", cited));
        }

        // The average first order of the line's industries (its industry children), else of every industry.
        private double IndustryOrder(BusinessLine line)
        {
            var ids = decomposition[line.Id].Descendants().Select(d => d.Node.IndustryId).Where(i => i is not null).ToHashSet(StringComparer.Ordinal);
            var industries = plan.Industries.Where(i => ids.Contains(i.Id)).ToArray();
            return (double)(industries.Length > 0 ? industries : plan.Industries).Average(i => i.AverageOrder);
        }

        private string Assume(string key, BilingualText text)
        {
            if (!_labels.TryGetValue(key, out var label))
            {
                label = "D" + (_assumptions.Count + 1).ToString(CultureInfo.InvariantCulture);
                _labels[key] = label;
                _assumptions.Add(new ScenarioAssumption(label, text));
            }

            return label;
        }

        private static string Component(string industryId)
        {
            var clean = new string([.. industryId.Where(c => char.IsLetterOrDigit(c) || c is '_' or '-')]);
            return clean.Length == 0 ? "industry" : clean;
        }

        private static string Rows(IEnumerable<SourceLocation> rows)
        {
            var numbers = rows.Select(r => r.Line).Where(l => l > 0).Order().ToArray();
            if (numbers.Length == 0)
            {
                return "rows -";
            }

            // Consecutive rows as ranges: 2-5, 9.
            var parts = new List<string>();
            var start = numbers[0];
            for (var k = 1; k <= numbers.Length; k++)
            {
                if (k == numbers.Length || numbers[k] != numbers[k - 1] + 1)
                {
                    var end = numbers[k - 1];
                    parts.Add(start == end ? start.ToString(CultureInfo.InvariantCulture) : $"{start}-{end}");
                    if (k < numbers.Length)
                    {
                        start = numbers[k];
                    }
                }
            }

            return (numbers.Length == 1 ? "row " : "rows ") + string.Join(", ", parts);
        }

        // A plan row as the draft cites it: the plan folder's file name and line (facts.csv:16), wherever the command ran.
        private static string Cite(SourceLocation at) => at.Cited;

        private static string Number(double value) => DraftText.Number(value);

        private static string Number(decimal value) => DraftText.Number(value);

        // A mean of 0 or 1 (e.g. a goal of 100%) keeps both Beta parameters positive.
        private static string Beta(double mean, double weight)
        {
            var m = Math.Clamp(mean, 0.005, 0.995);
            return $"{{ \"dist\": \"beta\", \"a\": {Number(m * weight)}, \"b\": {Number((1 - m) * weight)} }}";
        }

        private static string LogNormal(double mean, double cv)
            => $"{{ \"dist\": \"lognormal\", \"mean\": {Number(mean)}, \"cv\": {Number(cv)} }}";
    }
}
