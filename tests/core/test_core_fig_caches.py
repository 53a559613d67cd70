"""The red flags' kept source texts (redflags.source_for, issue 11) are the texts computed afresh,
and another flag, language, pure-pyramid or consumer setting gives its own text."""

from __future__ import annotations

import pytest

from evaluator.core import redflags
from evaluator.core.redflags import FLAG_IDS, _source_text, source_for


def test_kept_sources_are_the_computed_ones_for_every_input():
    redflags._SOURCES.clear()
    for flag_id in FLAG_IDS:
        for lang in ("en", "nl", "nl_NL"):
            for pure in (False, True):
                for consumer in (False, True):
                    want = _source_text(flag_id, lang, pure_pyramid=pure, consumer=consumer)
                    first = source_for(flag_id, lang, pure_pyramid=pure, consumer=consumer)
                    again = source_for(flag_id, lang, pure_pyramid=pure, consumer=consumer)
                    assert first == again == want
    # nl and nl_NL share their entry: 18 flags x 2 languages x 2 x 2 at most.
    assert len(redflags._SOURCES) == len(FLAG_IDS) * 2 * 2 * 2


def test_a_changed_input_gives_its_own_text():
    redflags._SOURCES.clear()
    en = source_for("pay_to_join", "en")
    assert source_for("pay_to_join", "nl") != en and "6:193g BW" in source_for("pay_to_join", "nl")
    # Art. 1a of the Gaming Act is cited only for a pure pyramid.
    assert "Wok" not in en and "art. 1a" in source_for("pay_to_join", "en", pure_pyramid=True)
    # Consumer law says its protection may not apply to someone not acting as a consumer.
    assert source_for("pay_to_join", "en", consumer=False) != en
    assert source_for("no_cooling_off", "en") != en


def test_an_unknown_flag_is_refused_and_not_kept():
    redflags._SOURCES.clear()
    with pytest.raises(KeyError):
        source_for("no_such_flag", "en")
    assert redflags._SOURCES == {}
