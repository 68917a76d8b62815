namespace Analytics.TestSupport;

/// <summary>Compares doubles within an absolute tolerance, for <c>Assert.Equal</c> on sequences.</summary>
internal sealed class Near(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
