namespace KiemTra.Sdk.Indicators;

/// <summary>
/// A rating that an indicator gates (<i>điều kiện để xếp loại</i>): the rating (e.g. a unit's yearly
/// "hoàn thành tốt nhiệm vụ") cannot be given unless the indicator is met.
/// </summary>
public sealed record RatingGate
{
    private RatingGate(string ratingCode, LocalizedText rating)
    {
        RatingCode = ratingCode;
        Rating = rating;
    }

    /// <summary>Stable code of the rating, e.g. <c>XEP-LOAI-HANG-NAM</c>.</summary>
    public string RatingCode { get; }

    /// <summary>The rating's name.</summary>
    public LocalizedText Rating { get; }

    /// <summary>Creates a gate.</summary>
    /// <exception cref="ArgumentException"><paramref name="ratingCode"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rating"/> is null.</exception>
    public static RatingGate Of(string ratingCode, LocalizedText rating)
    {
        if (string.IsNullOrWhiteSpace(ratingCode))
        {
            throw new ArgumentException("A rating code must not be empty.", nameof(ratingCode));
        }

        ArgumentNullException.ThrowIfNull(rating);
        return new RatingGate(ratingCode, rating);
    }
}
