namespace Analytics.Analyses.Splits;

/// <summary>
/// Where one stream's share of the best split lies against the plan's share, counted over the
/// versions of the response assumption: a stream whose best share is below the plan's in every
/// version is a robust answer ("less effort here"); one that moves both ways hangs on the assumption.
/// </summary>
/// <param name="Stream">The stream.</param>
/// <param name="PlanShare">Its share in the plan's split.</param>
/// <param name="Lower">Versions whose best split gives it less than the plan.</param>
/// <param name="Same">Versions whose best split gives it the plan's share (within half a grid step).</param>
/// <param name="Higher">Versions whose best split gives it more.</param>
/// <param name="Smallest">Its smallest best share over the versions.</param>
/// <param name="Largest">Its largest best share over the versions.</param>
public sealed record ShareShift(string Stream, double PlanShare, int Lower, int Same, int Higher, double Smallest, double Largest)
{
    /// <summary>Versions counted.</summary>
    public int Versions => Lower + Same + Higher;

    /// <summary>Whether every version puts the best share on the same side of the plan's (all lower or all higher).</summary>
    public bool OneSided => Lower == Versions || Higher == Versions;
}
