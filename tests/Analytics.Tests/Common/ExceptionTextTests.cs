using Analytics.Common;

namespace Analytics.Tests.Common;

public class ExceptionTextTests
{
    [Fact]
    public void Message_ArgumentExceptionWithItsParameter_TheSentenceAlone()
        => Assert.Equal("x must be positive.", ExceptionText.Message(new ArgumentException("x must be positive.", "x")));

    [Fact]
    public void Message_NoParameterSuffix_Unchanged()
    {
        Assert.Equal("plain (note) text", ExceptionText.Message(new InvalidOperationException("plain (note) text")));
        Assert.Equal("no name", ExceptionText.Message(new ArgumentException("no name")));
    }
}
