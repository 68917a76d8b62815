using System.Globalization;
using System.Text;
using Analytics.TestSupport;

namespace Analytics.Tests.Scenarios.Drafting;

/// <summary>
/// Plan folders of any shape for the drafting property: 2 to 8 lines of random kinds and ids, 1 to 4
/// industries and regions of random ids, a few people, channel partners, leads, trade shows, budget
/// lines and a customer list, written over a copy of the shipped plan (its facts, phasing and rules kept).
/// </summary>
internal static class GeneratedPlans
{
    private static readonly string[] Kinds = ["repurchase", "new_customers", "new_product", "other"];

    /// <summary>Writes the plan described by the draws into a new temporary folder.</summary>
    /// <param name="kinds">Each line's kind, an index into repurchase, new_customers, new_product, other (its length is the line count).</param>
    /// <param name="weights">Each line's weight in the 5000 target (at least 1).</param>
    /// <param name="industries">How many industries (1 to 4).</param>
    /// <param name="regions">How many regions (1 to 4).</param>
    /// <param name="people">How many regional managers (0 to 6).</param>
    /// <param name="salt">Varies the ids and figures.</param>
    public static TempPlanFolder Write(int[] kinds, int[] weights, int industries, int regions, int people, int salt)
    {
        var folder = new TempPlanFolder().Delete("scenario.json");
        var inv = CultureInfo.InvariantCulture;
        var ind = Enumerable.Range(0, industries).Select(i => $"ind{salt % 97}x{i}").ToArray();
        var reg = Enumerable.Range(0, regions).Select(r => $"r{salt % 89}_{r}").ToArray();
        var lines = kinds.Select((k, i) => $"{Kinds[k][..3]}{salt % 13}_{i}").ToArray();

        var targets = new StringBuilder("id,parent,level,industry,region,name_zh,name_en,amount,share,source,kind\ncompany,,company,,,目標,Target,5000,,generated,\n");
        var amounts = weights.Select(w => 5000 * w / weights.Sum()).ToArray();
        amounts[^1] = 5000 - amounts[..^1].Sum();
        for (var i = 0; i < lines.Length; i++)
        {
            targets.Append(inv, $"{lines[i]},company,line,,,線{i},Line {i},{amounts[i]},,generated,{Kinds[kinds[i]]}\n");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (Kinds[kinds[i]] == "new_customers" && (salt + i) % 2 == 0)
            {
                for (var k = 0; k < ind.Length; k++)
                {
                    var share = k < ind.Length - 1 ? Math.Round(1m / ind.Length, 2) : 1 - (Math.Round(1m / ind.Length, 2) * (ind.Length - 1));
                    targets.Append(inv, $"{lines[i]}_{k},{lines[i]},industry,{ind[k]},,行業{k},Industry {k},,{share},generated,\n");
                }
            }
        }

        folder.Write("targets.csv", targets.ToString());
        folder.Write("industries.csv", "id,name_zh,name_en,avg_order,source\n" + string.Concat(ind.Select((id, k) => string.Create(inv, $"{id},行業{k},Industry {k},{20 + ((salt + (k * 37)) % 90)},generated\n"))));
        folder.Write("regions.csv", "id,name_zh,name_en,areas_zh,source\n" + string.Concat(reg.Select((id, k) => string.Create(inv, $"{id},區域{k},Region {k},地區,generated\n"))));
        folder.Write("people.csv", "id,name_zh,name_en,role,industry,region,source\nboss,總監,Director,director,,,generated\n" + string.Concat(Enumerable.Range(0, people).Select(p => string.Create(inv, $"rm{p},經理{p},Manager {p},regional_manager,,{reg[p % reg.Length]},generated\n"))));
        folder.Write("assignments.csv", "person,target,credit,source\nboss,company,overlay,generated\n");
        folder.Write("channel_partners.csv", "id,name_zh,region,industry,target,owner,source\n" + string.Concat(ind.Where((_, k) => (salt + k) % 3 != 0).Select((id, k) => string.Create(inv, $"cp{k},夥伴{k},{reg[k % reg.Length]},{id},{10 + k},boss,generated\n"))));
        folder.Write("lead_sources.csv", "industry,kind,leads,source\n" + string.Concat(ind.Where((_, k) => (salt + k) % 4 != 1).Select((id, k) => string.Create(inv, $"{id},referrals,{5 + ((salt + k) % 40)},generated\n"))));
        folder.Write("trade_shows.csv", "id,name_zh,name_en,industry,qualified_leads,month,cost,source\n" + string.Concat(ind.Where((_, k) => (salt + k) % 2 == 0).Select((id, k) => string.Create(inv, $"ts{k},展會{k},Fair {k},{id},{10 + ((salt * 7) % 50)},{1 + ((salt + k) % 12)},10,generated\n"))));
        folder.Write("incentives.csv", "id,name_zh,name_en,kind,value,unit,applies_to,source\n");
        folder.Write("budget.csv", "id,name_zh,name_en,amount,funds,source\nshows,展會,Trade shows,40,trade_shows,generated\nspare,備用,Reserve,10,,generated\n");
        var newProducts = lines.Where((_, i) => Kinds[kinds[i]] == "new_product").ToArray();
        folder.Write("products.csv", "line,margin_uplift,benchmark_prospects,benchmark_followers_min,benchmark_followers_max,first_month,source\n" + string.Concat(newProducts.Select((id, k) => string.Create(inv, $"{id},0.{10 + k},{(salt + k) % 5},{1 + k},{4 + k},{((salt + k) % 2 == 0 ? (3 + k).ToString(inv) : string.Empty)},generated\n"))));
        var customers = new StringBuilder("id,name_zh,tier,industry,region,install_year,renewal_cycle_years,renewal_order\n");
        for (var c = 0; c < 30 + (salt % 40); c++)
        {
            customers.Append(inv, $"C{c:D3},客戶{c},{"ABC"[(c + salt) % 3]},{ind[c % ind.Length]},{reg[c % reg.Length]},{2016 + ((c * 7 + salt) % 10)},{4 + (c % 6)},{5 + ((c * 11) % 40)}\n");
        }

        folder.Write("customers.csv", customers.ToString());
        return folder;
    }
}
