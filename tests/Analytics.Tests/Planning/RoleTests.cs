using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tests.Planning;

public class RoleTests
{
    [Fact]
    public void BuiltIn_TheSeedsFourRoles_WithTheirNames()
    {
        Assert.Equal(["director", "industry_manager", "regional_manager", "channel_specialist"], Role.BuiltIn.Select(r => r.Id));
        Assert.Equal([RoleKind.Director, RoleKind.IndustryManager, RoleKind.RegionalManager, RoleKind.ChannelSpecialist], Role.BuiltIn.Select(r => r.Kind));
        Assert.Equal(new BilingualText("區域經理", "Regional manager"), Role.BuiltInRole("regional_manager").Name);
    }

    [Fact]
    public void BuiltInRole_UnknownId_ThrowsNamingTheRoles()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Role.BuiltInRole("key_account"));
        Assert.Contains("director, industry_manager, regional_manager, channel_specialist", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RoleKind.Director, true)]
    [InlineData(RoleKind.IndustryManager, true)]
    [InlineData(RoleKind.RegionalManager, true)]
    [InlineData(RoleKind.KeyAccount, true)]
    [InlineData(RoleKind.ChannelSpecialist, false)]
    [InlineData(RoleKind.Other, false)]
    public void IsManager_ByKind(RoleKind kind, bool manager)
        => Assert.Equal(manager, new Role("r", "角色", "Role", kind, SourceLocation.None).IsManager);

    [Fact]
    public void KindWords_EveryKindOnce()
        => Assert.Equal(Enum.GetValues<RoleKind>(), Role.KindWords.Values.OrderBy(k => k));

    [Theory]
    [InlineData("", "名", "Name")]
    [InlineData("id", " ", "Name")]
    [InlineData("id", "名", "")]
    public void Constructor_Blank_Throws(string id, string zh, string en)
        => Assert.ThrowsAny<ArgumentException>(() => new Role(id, zh, en, RoleKind.Other, SourceLocation.None));
}
