"""Questions typed in the chat, answered through the emulator with their source and buttons."""

from __future__ import annotations

from bot.testing import BotHarness, ChatUser


async def set_up(harness: BotHarness, user_id: int = 51) -> ChatUser:
    person = harness.user(user_id, "Sam")
    await person.command("start")
    await person.send("Skip")
    await person.tap(person.last, text="Skip")
    await person.tap(person.last, text="Skip")
    return person


async def test_a_question_gets_a_short_answer_with_its_source_and_next_steps(
    harness: BotHarness,
) -> None:
    sam = await set_up(harness)
    [answer] = await sam.send("can i just stay in bed for a week")
    bed_rest = harness.services.content.sections["bed-rest"]
    assert answer.text == f"{bed_rest.summary}\n\nFrom the guide: {bed_rest.title}"
    assert answer.button_texts == ["More from the guide", "Today's routine"]
    [more] = await sam.tap(answer, text="More from the guide")
    assert more.text is not None and bed_rest.body in more.text
    *_, routine = await sam.tap(answer, text="Today's routine")
    assert routine.text is not None and "routine" in routine.text.lower()


async def test_an_exercise_question_offers_show_me_how(harness: BotHarness) -> None:
    sam = await set_up(harness)
    [answer] = await sam.send("how do i do the piriformis one")
    assert "From the guide: Piriformis stretch" in (answer.text or "")
    [card] = await sam.tap(answer, text="Show me how")
    assert card.text is not None and card.text.startswith("Piriformis stretch")


async def test_red_flags_get_urgent_advice_first(harness: BotHarness) -> None:
    sam = await set_up(harness)
    [answer] = await sam.send("i cant feel anything when i wipe, should i stay in bed?")
    text = answer.text or ""
    assert text.startswith("⚠️") and "emergency" in text
    assert text.index("emergency") < text.index("From the guide: Should I stay in bed?")


async def test_a_red_flag_alone_gets_urgent_advice_and_its_source(harness: BotHarness) -> None:
    sam = await set_up(harness)
    [answer] = await sam.send("my foot slaps the floor when i walk")
    urgent = harness.services.content.sections["red-flags"]
    text = answer.text or ""
    assert text.startswith("⚠️")
    assert text.endswith(f"{urgent.summary}\n\nFrom the guide: {urgent.title}")


async def test_a_4000_character_story_is_answered_by_its_question(harness: BotHarness) -> None:
    sam = await set_up(harness)
    story = (
        "My sciatica came back in the spring after a long drive to see my family. The pain sits "
        "in my lower back and runs through my buttock into my calf, worse in the evenings. "
        "I work at a desk all day and sitting makes it ache, so I stand up every hour. "
    )
    question = "Do I need an operation?"
    text = story * ((4000 - len(question)) // len(story)) + question
    assert 3800 < len(text) <= 4000
    [answer] = await sam.send(text)
    assert (answer.text or "").endswith(
        "From the guide: Surgery: do I need it, and recovering after it"
    )
    assert answer.button_texts == ["More from the guide", "Today's routine"]


async def test_negated_symptoms_get_a_plain_answer(harness: BotHarness) -> None:
    sam = await set_up(harness)
    [answer] = await sam.send("no numbness anywhere, but should i stay in bed?")
    assert not (answer.text or "").startswith("⚠️")
    assert "From the guide: Should I stay in bed?" in (answer.text or "")


async def test_ask_command(harness: BotHarness) -> None:
    sam = await set_up(harness)
    [usage] = await sam.command("ask")
    assert "/ask" in (usage.text or "")
    [answer] = await sam.command("ask", "do i need an operation")
    assert "From the guide: Surgery: do I need it, and recovering after it" in (answer.text or "")


async def test_out_of_scope_is_honest_and_offers_topics(harness: BotHarness) -> None:
    sam = await set_up(harness)
    [answer] = await sam.send("what dose of ibuprofen should i take")
    assert "doctor or pharmacist" in (answer.text or "")
    assert "Is walking good for sciatica?" in answer.button_texts
    [topic] = await sam.tap(answer, text="Is walking good for sciatica?")
    assert "From the guide: Is walking good for sciatica?" in (topic.text or "")


async def test_odd_messages_get_a_polite_reply_and_store_nothing(harness: BotHarness) -> None:
    sam = await set_up(harness)
    before = await harness.snapshot()
    for text, expected in [
        ("🙂🙂🙂", "Type a question"),
        ("x" * 4000, "The guide doesn't cover that"),
        ("что такое ишиас?", "only answer in English"),
        ("thanks!", "Glad to help"),
        ("ok", "Glad to help"),
        ("\u200f\u200b", "Type a question"),
    ]:
        [answer] = await sam.send(text)
        assert expected in (answer.text or ""), text
    assert await harness.snapshot() == before


async def test_forged_guide_buttons_are_answered(harness: BotHarness) -> None:
    sam = await set_up(harness)
    [answer] = await sam.send("do i need an operation")
    stored = harness.emulator.chat_messages[51][answer.message_id]
    for forged in ["q:more:no-such-section", "q:fly:bed-rest", "q:topic"]:
        sam.person.tap_raw(stored, forged)
        await harness.deliver_pending()
        assert sam.last_callback_answer == "This button has expired."
