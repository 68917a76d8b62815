using System.Text;
using Analytics.Scenarios;

namespace Analytics.Tests.Scenarios;

public class CommentTextTests
{
    [Fact]
    public void Wrap_English_BreaksAtSpacesWithinTheWidth()
    {
        Assert.Equal(["aa bb", "cc"], CommentText.Wrap("aa bb cc", 5));
        Assert.Equal(["averylongword", "x"], CommentText.Wrap("averylongword x", 5));
        Assert.Empty(CommentText.Wrap("   ", 10));
    }

    [Fact]
    public void Wrap_Chinese_TwoColumnsACharacterAndBreaksBetweenCharacters()
    {
        // Width 8: four Chinese characters a line; "cv" cannot join a full line, so it starts the next.
        Assert.Equal(["一二三四", "五六 cv", "0.15。"], CommentText.Wrap("一二三四五六 cv 0.15。", 8));
        Assert.Equal(["ab 一二", "三"], CommentText.Wrap("ab 一二三", 7));   // a Chinese run breaks where the line ends
        Assert.Equal(["ab", "0.4（一", "二"], CommentText.Wrap("ab 0.4（一二", 7)); // "0.4（" stays together (2 + 1 + 5 > 7), the Chinese run breaks
        Assert.Equal(["一二三，", "四"], CommentText.Wrap("一二三，四", 6));  // never a line that starts with "，"
    }

    [Fact]
    public void Join_SpaceExceptBetweenTwoChineseCharactersAndAfterAFullWidthMark()
    {
        var p = new StringBuilder("一二");
        CommentText.Join(p, "三");
        CommentText.Join(p, "cv");
        CommentText.Join(p, "0.15。");
        CommentText.Join(p, "完：");
        CommentText.Join(p, "X(s)");
        Assert.Equal("一二三 cv 0.15。完：X(s)", p.ToString());
    }

    [Fact]
    public void WrapThenJoin_MixedText_ReadsBackUnchanged()
    {
        const string Text = "計劃只給出 A 類客戶的續約目標：B、C 類客戶的續約機率取 0.6 與 0.4（參考情景的數值），變異係數為 0.45。";
        foreach (var width in new[] { 10, 17, 30, 88 })
        {
            var p = new StringBuilder();
            foreach (var line in CommentText.Wrap(Text, width))
            {
                CommentText.Join(p, line);
            }

            Assert.Equal(Text, p.ToString());
        }
    }

    [Fact]
    public void Wrap_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => CommentText.Wrap(null!, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => CommentText.Wrap("a", 1));
    }
}
