namespace Minsheng.Core.Privacy;

/// <summary>The kinds of personal numbers <see cref="PersonalDataMasker"/> finds in free text.</summary>
[Flags]
public enum PersonalDataKinds
{
    /// <summary>Nothing personal found.</summary>
    None = 0,

    /// <summary>A mainland mobile number (手机号), 11 digits starting 13-19, optionally +86/0086/86.</summary>
    Mobile = 1,

    /// <summary>A landline with its area code (固定电话), e.g. 0579-87654321 or (0579)87654321.</summary>
    Landline = 2,

    /// <summary>A resident identity card number (居民身份证号), 18 digits with a valid check digit or an old 15-digit one.</summary>
    IdCard = 4,

    /// <summary>A bank card number (银行卡号), 16-19 digits passing the Luhn check.</summary>
    BankCard = 8,
}
