using Minsheng.Core.Privacy;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

public sealed class LogScanTests
{
    [Fact]
    public void Machine_identifiers_are_not_mistaken_for_personal_numbers()
    {
        // A real Data Protection key id whose last group passes the card-number check.
        const string line = "Creating key {d4ea96a6-2399-46c8-8f76-042777455168}; trace 00-fe15bfaec87759133d321b31a93f2f36-46b6aeaa4d60b9b1-00";
        Assert.NotEqual(PersonalDataKinds.None, PersonalDataMasker.Detect(line)); // what the scan used to flag

        Assert.Equal(PersonalDataKinds.None, PersonalDataMasker.Detect(LogCapture.WithoutIdentifiers(line)));
    }

    [Theory]
    [InlineData("caller 13812345678 phoned")]
    [InlineData("request abc1 from 13812345678")]
    public void Personal_numbers_are_still_seen(string line) =>
        Assert.Equal(PersonalDataKinds.Mobile, PersonalDataMasker.Detect(LogCapture.WithoutIdentifiers(line)));
}
