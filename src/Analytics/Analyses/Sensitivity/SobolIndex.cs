using Analytics.Statistics;

namespace Analytics.Analyses.Sensitivity;

/// <summary>
/// An input's Sobol indices for one output: first order S (the share of the output's variance its
/// own variation explains on average) and total order ST (the share that would vanish if it were
/// fixed, interactions included), each with a bootstrap standard error and 95% percentile interval.
/// </summary>
/// <param name="Input">The input's name.</param>
/// <param name="FirstOrder">S, Saltelli (2010) estimator.</param>
/// <param name="FirstOrderInterval">Bootstrap 2.5% and 97.5% percentiles of S.</param>
/// <param name="TotalOrder">ST, Jansen (1999) estimator.</param>
/// <param name="TotalOrderInterval">Bootstrap 2.5% and 97.5% percentiles of ST.</param>
public sealed record SobolIndex(string Input, Estimate FirstOrder, (double Lower, double Upper) FirstOrderInterval, Estimate TotalOrder, (double Lower, double Upper) TotalOrderInterval);
