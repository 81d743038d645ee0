"""Statement structure by block type: each test is one class of input, written fresh (invented
names), not a file of the labelled collection."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest import StatementRejected, parse_statement
from index.models import Statement
from index.parsing import BlockKind, segment
from index.parsing.dates import dateline, publication_date


def _parse(text: str) -> Statement:
    return parse_statement("s", "s.txt", text)


def _names(parties) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.as_written for p in parties]


def test_a_title_glued_to_a_dateline_and_the_text_is_metadata_not_a_passage():
    s = _parse(
        "Stop the sell-off of the Brisk ferries\n"
        "Tolvane, 21 June 2025\n"
        "The government of Marrowen has announced the sale of the ferry company to a fund.\n"
        "We will oppose it in every port.\n"
    )
    assert s.title == "Stop the sell-off of the Brisk ferries"
    assert s.date == dt.date(2025, 6, 21)
    assert s.paragraphs[0].text.startswith("The government of Marrowen")
    assert all("Tolvane, 21" not in p.text and "sell-off" not in p.text for p in s.paragraphs)


def test_a_title_glued_to_hard_wrapped_prose_is_still_the_title():
    s = _parse(
        "Appeal of the Marrowen Nurses' Guild (MNG) for a day of action\n"
        "Nurses in Marrowen have waited three years for the agreement that the\n"
        "ministry signed after the last strike, and wards are closing in every town.\n"
    )
    assert s.title == "Appeal of the Marrowen Nurses' Guild (MNG) for a day of action"
    assert len(s.paragraphs) == 1
    # The title names the author.
    assert _names(s.authors) == ["Marrowen Nurses' Guild (MNG)"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Tolvane, 21 June 2025", dt.date(2025, 6, 21)),
        ("Adopted in Tolvane on 9 October 2022", dt.date(2022, 10, 9)),
        ("Released in Tolvane on 12 July 2025.", dt.date(2025, 7, 12)),
        ("**12 May 2024**", dt.date(2024, 5, 12)),
        ("03/04/2025", dt.date(2025, 4, 3)),
        ("Tolvane – 3rd March 2024", dt.date(2024, 3, 3)),
        ("March 8, 2024", dt.date(2024, 3, 8)),
    ],
)
def test_datelines_in_many_forms(line: str, date: dt.date):
    assert dateline(line.strip("*")) == date
    s = _parse(f"A title\n{line}\n\nThe text of the statement, which is long enough.\n")
    assert s.date == date


def test_a_sentence_that_mentions_a_date_is_no_dateline():
    assert dateline("The strike began on 3 May 2024 in every port of the country.") is None
    s = _parse("The strike began on 3 May 2024 in every port.\n\nWe support it.\n")
    assert s.date is None


def test_a_date_given_only_in_a_publishers_introduction():
    assert publication_date(
        "We publish below the appeal sent out on 2 February 2025 by the comrades."
    ) == dt.date(2025, 2, 2)
    s = _parse(
        "We publish below the appeal sent out on 2 February 2025 by the Tolvane committee.\n\n"
        "Free the prisoners of the Brisk mill strike.\n"
    )
    assert s.date == dt.date(2025, 2, 2)


def test_a_wrapped_signatory_list_with_names_cut_by_the_wrap():
    s = _parse(
        "We demand the release of the Brisk strikers.\n\n"
        "Signed by: Marrowen Dockers' Union (MDU), Tolvane Solidarity\n"
        "Network, Communist Party of Marrowen; Brisk Tenants' League;\n"
        "Socialist Youth of Tolvane\n"
    )
    assert _names(s.signatories) == [
        "Marrowen Dockers' Union (MDU)",
        "Tolvane Solidarity Network",
        "Communist Party of Marrowen",
        "Brisk Tenants' League",
        "Socialist Youth of Tolvane",
    ]
    assert [p.text for p in s.paragraphs] == ["We demand the release of the Brisk strikers."]


def test_a_wrapped_list_under_a_standalone_heading():
    s = _parse(
        "We demand the release of the Brisk strikers.\n\n"
        "Endorsed by:\n"
        "Brisk Tenants' League; Marrowen\n"
        "Fishers' Union; Socialist Youth of Tolvane\n"
    )
    assert _names(s.signatories) == [
        "Brisk Tenants' League",
        "Marrowen Fishers' Union",
        "Socialist Youth of Tolvane",
    ]


def test_closing_formulas_and_slogans_are_never_signatories():
    s = _parse(
        "We stand with the dockers.\n\n"
        "Released by the Secretariat of the Marrowen Dockers' Union, jointly with:\n\n"
        "Tolvane Solidarity Network\n"
        "Brisk Tenants' League\n\n"
        "Long Live International Solidarity\n"
    )
    assert _names(s.signatories) == [
        "Secretariat of the Marrowen Dockers' Union",
        "Tolvane Solidarity Network",
        "Brisk Tenants' League",
    ]
    assert s.paragraphs[-1].text == "Long Live International Solidarity"


def test_a_two_line_signature_and_a_place_line_make_one_author():
    s = _parse(
        "We send our greetings to the congress.\n\n"
        "In solidarity,\n\n"
        "Marrowen Workers' Party\n"
        "National Council\n"
        "Tolvane\n"
    )
    assert _names(s.authors) == ["Marrowen Workers' Party, National Council"]
    assert s.signatories == ()


def test_a_one_word_organisation_over_its_sub_unit():
    s = _parse("The siege must end.\n\nOstrava\nPolitical Bureau\n")
    assert _names(s.authors) == ["Ostrava, Political Bureau"]


def test_on_behalf_of_an_organisation_a_person_signs():
    s = _parse(
        "We support the strike.\n\n"
        "For the Marrowen Dockers' Union: Jana Roe, General Secretary\n"
        "For Tolvane Solidarity Network: Ivo Marsh, coordinator\n"
    )
    assert _names(s.signatories) == ["Marrowen Dockers' Union", "Tolvane Solidarity Network"]


def test_organisations_and_individuals_are_kept_apart():
    s = _parse(
        "Free the journalists.\n\n"
        "Organisations:\n"
        "Tolvane Press Freedom Network\n"
        "Marrowen Union of Journalists, Marrowen\n\n"
        "Individuals:\n"
        "Prof. Ada Quill, historian, University of Tolvane\n"
        "Ivo Marsh, trade unionist\n"
    )
    kinds = {p.as_written: p.kind for p in s.signatories}
    assert kinds == {
        "Tolvane Press Freedom Network": "organisation",
        "Marrowen Union of Journalists, Marrowen": "organisation",
        "Prof. Ada Quill": "individual",
        "Ivo Marsh": "individual",
    }


def test_signatories_in_a_markdown_table_and_in_tab_separated_columns():
    table = _parse(
        "We oppose the base.\n\n"
        "| Organisation | Country | Signed by |\n"
        "| --- | --- | --- |\n"
        "| Peace Council of Marrowen (PCM) | Marrowen | Ana Holt, Chair |\n"
        "| Tolvane Green Party | Tolvane | Ivo Marsh, spokesperson |\n"
    )
    assert _names(table.signatories) == ["Peace Council of Marrowen (PCM)", "Tolvane Green Party"]
    tabs = _parse(
        "We oppose the base.\n\nOrganisation\tCountry\nBrisk Tenants League\tMarrowen\n"
        "Solidarity Network\tTolvane\n"
    )
    assert _names(tabs.signatories) == [
        "Brisk Tenants League (Marrowen)",
        "Solidarity Network (Tolvane)",
    ]


def test_a_letter_titled_to_x_from_y():
    s = _parse(
        "Open letter to the Marrowen Teachers' Federation from the Young Socialists of Tolvane\n\n"
        "Dear friends,\n\nWe write to ask for your support.\n"
    )
    assert _names(s.recipients) == ["Marrowen Teachers' Federation"]
    assert _names(s.authors) == ["Young Socialists of Tolvane"]


def test_press_release_trailers_contacts_and_petition_links_are_not_passages():
    s = _parse(
        "FOR IMMEDIATE RELEASE\n"
        "Verdict in the Brisk trial\n\n"
        "The court sentenced seven strikers today.\n\n"
        "Committee for the Defence of Political Prisoners (CDPP)\n\n"
        "Press contact: Ivo Marsh, +99 21 555 0142, press@cdpp.example\n"
        "Add your signature: https://cdpp.example/sign\n\n"
        "-ENDS-\n"
    )
    assert [p.text for p in s.paragraphs] == ["The court sentenced seven strikers today."]
    assert _names(s.authors) == ["Committee for the Defence of Political Prisoners (CDPP)"]


def test_a_line_that_continues_the_prose_above_is_no_signature():
    s = _parse(
        "We call on everyone to join the rallies in Brisk and in\n"
        "Tolvane.\n\n"
        "Communist Party of Marrowen\nCommunist Party of Tolvane\n"
    )
    assert _names(s.signatories) == ["Communist Party of Marrowen", "Communist Party of Tolvane"]
    assert "Tolvane." in s.paragraphs[-1].text


def test_blocks_are_typed_and_cover_the_text_in_order():
    text = (
        "JOINT STATEMENT\n"
        "No to the Brisk dam\n"
        "Tolvane, 2 May 2025\n\n"
        "Dear comrades,\n\n"
        "The dam floods three villages.\n\n"
        "Signatories:\n"
        "Brisk Tenants' League\n"
        "Tolvane Solidarity Network\n"
    )
    kinds = [b.kind for b in segment(text).blocks]
    assert kinds[:5] == [
        BlockKind.KICKER,
        BlockKind.TITLE,
        BlockKind.DATELINE,
        BlockKind.SALUTATION,
        BlockKind.PARAGRAPH,
    ]
    assert BlockKind.SIGNATORY_HEADING in kinds and BlockKind.SIGNATURE not in kinds
    starts = [b.start for b in segment(text).blocks]
    assert starts == sorted(starts)


_LINES = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "",
            "Signed by:",
            "Signatories: A Party, B Union and C League,",
            "Tolvane, 21 June 2025",
            "In solidarity,",
            "Marrowen Workers' Party",
            "National Council",
            "| Organisation | Country |",
            "| --- | --- |",
            "Individuals:",
            "Dr. Ada Quill, historian",
            "# A title",
            "**Signatories:**",
            "-ENDS-",
            "From: The Tolvane Union",
            "Dear comrades of the Brisk Party,",
            "For the Brisk Union: Jana Roe, General Secretary",
            "Long live solidarity!",
            "We demand the release of the strikers.",
            "\tTolvane",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=25), st.sampled_from(["\n", "\r\n"]))
def test_any_text_parses_or_is_refused_and_passages_are_verbatim(lines: list[str], newline: str):
    text = newline.join(lines)
    try:
        s = _parse(text)
    except StatementRejected:
        return
    for paragraph in s.paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.text.strip()
    starts = [p.start for p in s.paragraphs]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
