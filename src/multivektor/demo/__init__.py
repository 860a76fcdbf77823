"""A bundled sample of short Norwegian news articles, written for the demo and the tests.

The articles are invented for Multivektor (not copied from any newspaper): four in Bokmål,
two in Nynorsk, with political events, quotes and cited sources.
"""

from pathlib import Path

SAMPLE = Path(__file__).with_name("sample.jsonl")
