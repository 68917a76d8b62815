using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Decomposition;

/// <summary>
/// Decomposes a plan. A node's stated amount is used as stated (the audit checks it against its
/// parent); share-only children split what their parent leaves after its stated-amount children,
/// in proportion to their shares, by largest remainder in the plan's allocation unit.
/// </summary>
public static class PlanDecomposer
{
    /// <summary>Decomposes <paramref name="plan"/>.</summary>
    public static PlanDecomposition Decompose(SalesPlan plan)
    {
        Preconditions.NotNull(plan);
        var unit = plan.Facts.AllocationUnit;
        var root = Allocate(plan, plan.Root, plan.Root.Amount!.Value, unit);
        var byId = root.Descendants().ToDictionary(t => t.Node.Id, StringComparer.Ordinal);
        var year = Phasing.Phase(plan, root.Amount);
        var people = plan.People.Select(p => PersonalTargetOf(plan, p, byId)).ToArray();
        return new PlanDecomposition(plan, root, year, people, Rescalings(plan));
    }

    private static AllocatedTarget Allocate(SalesPlan plan, TargetNode node, decimal amount, decimal unit)
    {
        var children = plan.ChildrenOf(node);
        if (children.Count == 0)
        {
            return new AllocatedTarget(node, amount, []);
        }

        var stated = children.Where(c => c.Amount is not null).Sum(c => c.Amount!.Value);
        var shareOnly = children.Where(c => c.Amount is null).ToArray();
        var left = Math.Max(0m, amount - stated);
        var split = shareOnly.Length == 0 || shareOnly.All(c => c.Share == 0)
            ? new decimal[shareOnly.Length]
            : Allocation.LargestRemainder(left, shareOnly.Select(c => c.Share!.Value).ToArray(), unit);
        var allocated = new List<AllocatedTarget>(children.Count);
        var k = 0;
        foreach (var child in children)
        {
            var childAmount = child.Amount ?? split[k++];
            allocated.Add(Allocate(plan, child, childAmount, unit));
        }

        return new AllocatedTarget(node, amount, allocated);
    }

    /// <summary>The share sets the decomposition scales because they do not add up to 1 exactly.</summary>
    private static ShareRescaling[] Rescalings(SalesPlan plan)
    {
        var targets = plan.Targets
            .Select(t => (Node: t, Children: plan.ChildrenOf(t)))
            .Where(x => x.Children.Count > 0 && x.Children.All(c => c.Amount is null && c.Share is not null))
            .Select(x => new ShareRescaling(x.Node.Id, x.Children.Sum(c => c.Share!.Value)));
        var quarters = new ShareRescaling(ShareRescaling.PhasingScope, plan.Phasing.Sum(q => q.Share));
        return [.. targets.Append(quarters).Where(r => r.Sum != 1m && r.Sum != 0m)];
    }

    private static PersonalTarget PersonalTargetOf(SalesPlan plan, Person person, Dictionary<string, AllocatedTarget> byId)
    {
        var assigned = plan.Assignments.Where(a => a.PersonId == person.Id).ToArray();
        var items = new List<CreditedItem>();
        foreach (var a in assigned)
        {
            var node = plan.Target(a.TargetId);

            // A node inside another node credited to the same person is listed but counted once.
            var nested = assigned.Any(o => o.TargetId != a.TargetId && plan.IsWithin(node, plan.Target(o.TargetId)));
            items.Add(new CreditedItem(node.Id, node.NameZh, byId[node.Id].Amount, a.Credit, !nested));
        }

        foreach (var partner in plan.ChannelPartners.Where(c => c.OwnerId == person.Id))
        {
            items.Add(new CreditedItem(partner.Id, partner.NameZh, partner.Target, Credit.Overlay, true));
        }

        var total = items.Where(i => i.CountedInTotal).Sum(i => i.Amount);

        // Owner credit nests only within the person's other owner items: the director owns the
        // new product even though it lies inside the company target he oversees as an overlay.
        var owned = assigned.Where(a => a.Credit == Credit.Owner).ToArray();
        var ownerTotal = owned
            .Where(a => !owned.Any(o => o.TargetId != a.TargetId && plan.IsWithin(plan.Target(a.TargetId), plan.Target(o.TargetId))))
            .Sum(a => byId[a.TargetId].Amount);
        return new PersonalTarget(person, items, total, ownerTotal, Phasing.Phase(plan, total));
    }
}
