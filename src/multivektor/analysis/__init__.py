"""Analyses over stored events: dyadic time series and the multi-vector balance."""

from multivektor.analysis.relations import PERIODS, POLES, balance, dyad_series, evenness

__all__ = ["PERIODS", "POLES", "balance", "dyad_series", "evenness"]
