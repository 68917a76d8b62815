using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Random;

public class SplitMix64Tests
{
    [Fact]
    public void Next_SeedZero_MatchesPublishedSequence()
    {
        // Published first outputs of splitmix64.c seeded with 0.
        var mixer = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, mixer.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, mixer.Next());
        Assert.Equal(0x06C45D188009454FUL, mixer.Next());
    }
}
