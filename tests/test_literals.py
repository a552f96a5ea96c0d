from basewatch.extract.literals import RECENT, LiteralPass


def test_hits_are_found_in_every_text() -> None:
    literals = LiteralPass()
    slot = literals.join("words", {"said": 4})
    assert literals.hits(slot, "He said it was said.") == [(6, 4), (18, 4)]
    assert literals.hits(slot, "Nothing here.") == []


def test_a_batch_of_texts_is_read_once() -> None:
    # Over a batch each component reads every article in turn: the hits of each stay kept for the next component.
    literals = LiteralPass()
    slot = literals.join("words", {"said": 4})
    texts = [f"Officials said {k} ships left." for k in range(RECENT)]
    first = [literals.hits(slot, text) for text in texts]
    assert all(literals.hits(slot, text) is hits for text, hits in zip(texts, first, strict=True))
    literals.hits(slot, "One more text, said the last.")
    assert literals.hits(slot, texts[0]) is not first[0]  # the oldest is read again, the same hits
    assert literals.hits(slot, texts[0]) == first[0]
