"""Finding spans are marked in the text, escaped, and overlaps keep the worst severity."""

from flambeau.app.web.highlight import Span, highlight


def test_text_is_escaped_and_a_span_is_marked():
    html = highlight("<b>Hurry!</b> Only 2 left", [Span(14, 25, "warn", "f1")])
    assert html.startswith("&lt;b&gt;Hurry!&lt;/b&gt; ")
    assert '<mark class="hl hl--warn" aria-describedby="f1">Only 2 left</mark>' in html


def test_overlapping_spans_split_with_worst_severity_and_all_refs():
    html = highlight("abcdef", [Span(0, 4, "warn", "f1"), Span(2, 6, "block", "f2")])
    assert html == (
        '<mark class="hl hl--warn" aria-describedby="f1">ab</mark>'
        '<mark class="hl hl--block" aria-describedby="f1 f2">cd</mark>'
        '<mark class="hl hl--block" aria-describedby="f2">ef</mark>'
    )


def test_spans_out_of_range_or_empty_are_ignored_or_clamped():
    assert highlight("abc", [Span(5, 9, "warn", "f1"), Span(2, 2, "warn", "f2")]) == "abc"
    assert highlight("abc", [Span(1, 99, "info", "f3")]) == (
        'a<mark class="hl hl--info" aria-describedby="f3">bc</mark>'
    )


def test_markup_inside_a_span_is_escaped():
    html = highlight("x <script>", [Span(2, 10, "warn", "f1")])
    assert "<script>" not in html and "&lt;script&gt;" in html
