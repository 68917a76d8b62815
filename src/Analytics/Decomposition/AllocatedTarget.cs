using Analytics.Planning;

namespace Analytics.Decomposition;

/// <summary>A target node with its allocated amount and its allocated children.</summary>
/// <param name="Node">The node as the plan states it.</param>
/// <param name="Amount">The allocated amount, 萬元: the stated amount when there is one, else the node's share of what its parent leaves to share-only children.</param>
/// <param name="Children">The allocated children, in file order.</param>
public sealed record AllocatedTarget(TargetNode Node, decimal Amount, IReadOnlyList<AllocatedTarget> Children)
{
    /// <summary>Whether the node has no children.</summary>
    public bool IsLeaf => Children.Count == 0;

    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<AllocatedTarget> Descendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var d in child.Descendants())
            {
                yield return d;
            }
        }
    }
}
