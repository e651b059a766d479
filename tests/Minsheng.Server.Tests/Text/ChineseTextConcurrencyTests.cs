using Minsheng.Server.Infrastructure.Text;

namespace Minsheng.Server.Tests.Text;

public sealed class ChineseTextConcurrencyTests
{
    private static readonly string[] Phrases =
    [
        "小区楼下烧烤店油烟扰民", "和平路片区已经停水三天，没有任何通知", "路灯晚上不亮，行人看不清", "工地夜间施工噪音很大",
        "幸福小区3栋电梯经常故障", "希望有关部门尽快处理", "广场舞音响太吵影响休息", "农贸市场垃圾无人清运",
        "ＡＢＣ公司拖欠工资两个月", "学校门口早晚高峰交通拥堵", "城关镇卫生院看病排队时间长", "自来水浑浊有异味",
    ];

    [Fact]
    public async Task Segmenting_FromManyThreadsAtOnce_GivesTheSameWordsAsOneAtATime()
    {
        var text = new ChineseText();
        var samples = Phrases.SelectMany((a, i) => Phrases.Select((b, j) => a + "，" + b + (i * j))).ToArray();
        var indexText = samples.Select(s => text.ToIndexText(s)).ToArray();
        var queryTerms = samples.Select(s => string.Join('|', text.ToQueryTerms(s))).ToArray();

        var wrong = 0;
        using var start = new Barrier(8);
        var workers = Enumerable.Range(0, 8).Select(worker => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < 5; round++)
            {
                for (var k = 0; k < samples.Length; k++)
                {
                    var i = (k + worker * 17) % samples.Length; // each thread on other texts at the same moment
                    if (text.ToIndexText(samples[i]) != indexText[i] || string.Join('|', text.ToQueryTerms(samples[i])) != queryTerms[i])
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(workers);

        Assert.Equal(0, wrong);
        Assert.Contains("烧烤", indexText[0].Split(' ')); // and it is real segmentation, not an empty answer
    }
}
