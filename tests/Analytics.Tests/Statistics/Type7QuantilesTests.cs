using Analytics.Statistics;

namespace Analytics.Tests.Statistics;

public class Type7QuantilesTests
{
    [Fact]
    public void Of_FiveValues_InterpolatesAsRAndNumPy()
    {
        // R: quantile(c(5, 1, 4, 2, 3), c(0, 0.1, 0.25, 0.5, 1)) = 1, 1.4, 2, 3, 5.
        double[] x = [5, 1, 4, 2, 3];
        Assert.Equal([1.0, 1.4, 2, 3, 5], Type7Quantiles.Of(x, [0, 0.1, 0.25, 0.5, 1]).Select(v => Math.Round(v, 12)));
        Assert.Equal([5.0, 1, 4, 2, 3], x);
    }

    [Fact]
    public void OfSorted_SameAsOfOnTheUnsortedValues()
    {
        double[] x = [0.3, -2, 7.5, 1, 1, 4];
        var sorted = x.Order().ToArray();
        foreach (var p in new[] { 0.0, 0.05, 0.33, 0.5, 0.9, 1 })
        {
            Assert.Equal(Type7Quantiles.Of(x, [p])[0], Type7Quantiles.OfSorted(sorted, p));
        }

        Assert.Equal(2.5, Type7Quantiles.OfSorted([1.0, 4], 0.5)); // halfway between the two
        Assert.Equal(7, Type7Quantiles.OfSorted([7.0], 0.3)); // one value is every quantile
    }
}
