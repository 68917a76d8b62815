namespace Analytics.Charts.ImageExport.Tests;

public class ChromiumBrowserTests
{
    [Fact]
    public void HeadlessArguments_NetworkOff_DeadProxyAndNoHostResolves()
    {
        var args = ChromiumBrowser.HeadlessArguments("/tmp/profile");
        Assert.Contains("--headless", args);
        Assert.Contains("--proxy-server=127.0.0.1:9", args);
        Assert.Contains("--host-resolver-rules=MAP * ~NOTFOUND", args);
        Assert.Contains("--user-data-dir=/tmp/profile", args);
    }

    [Fact]
    public void NotFoundMessage_SaysHowToInstall()
        => Assert.Contains("apt-get install chromium", ChromiumBrowser.NotFoundMessage, StringComparison.Ordinal);
}
