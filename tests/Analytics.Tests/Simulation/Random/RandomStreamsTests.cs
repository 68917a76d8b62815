using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Random;

public class RandomStreamsTests
{
    [Fact]
    public void Key_SameName_SameKeyAcrossCalls()
        => Assert.Equal(RandomStreams.Key("newCustomers.3c.leads"), RandomStreams.Key("newCustomers.3c.leads"));

    [Fact]
    public void Seed_DistinctBlocksAndKeys_NoCollisionsInALargeGrid()
    {
        var seen = new HashSet<ulong>();
        string[] names = ["F", "repurchase", "newCustomers", "newProduct", "3C", "鋰電"];
        for (ulong block = 0; block < 2000; block++)
        {
            foreach (var name in names)
            {
                Assert.True(seen.Add(RandomStreams.Seed(1, block, RandomStreams.Key(name))));
            }
        }
    }

    [Fact]
    public void Create_SameInputs_SameSequence()
    {
        var a = RandomStreams.Create(5, 3, "x");
        var b = RandomStreams.Create(5, 3, "x");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }
    }

    [Fact]
    public void Create_NeighbouringStreams_Uncorrelated()
    {
        // Adjacent blocks must not produce related sequences: correlation of 100k paired
        // uniforms has standard error 1/sqrt(n) = 0.0032; allow 5 SE.
        var a = RandomStreams.Create(1, 0, "x");
        var b = RandomStreams.Create(1, 1, "x");
        const int n = 100_000;
        double sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < n; i++)
        {
            var u = a.NextDouble();
            var v = b.NextDouble();
            sa += u;
            sb += v;
            sab += u * v;
            saa += u * u;
            sbb += v * v;
        }

        var cov = (sab / n) - (sa / n * (sb / n));
        var r = cov / Math.Sqrt(((saa / n) - Math.Pow(sa / n, 2)) * ((sbb / n) - Math.Pow(sb / n, 2)));
        Assert.InRange(r, -0.016, 0.016);
    }
}
