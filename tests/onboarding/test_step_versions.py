"""Step versions never restart: a set-up button from before /forget, or from another person's
chat, never matches a step that waits now; the summary's button works whenever it is tapped.
Every tap here is answered exactly once, as the emulator records."""

from __future__ import annotations

from collections import Counter

from bot.testing import BotHarness, ChatUser, sql
from tests.onboarding.test_no_traps import row, set_up

DONE = "That's done already: nothing changed."


async def forget_and_start_again(person: ChatUser) -> None:
    [question] = await person.command("forget")
    await person.tap(question, text="Yes, delete everything")
    await person.command("start")


def assert_every_tap_answered_once(harness: BotHarness) -> None:
    answers = Counter(
        str(request.params["callback_query_id"])
        for request in harness.emulator.sent_requests("answerCallbackQuery")
    )
    assert set(answers) == set(harness.emulator.queries), "every tap is answered"
    assert set(answers.values()) == {1}, "and only once"
    assert harness.emulator.violations == []


async def test_a_place_button_from_before_forget_never_sets_the_new_timezone(
    harness: BotHarness,
) -> None:
    sam = harness.user(41, "Sam")
    await sam.command("start")
    [choices] = await sam.send("Portland")  # drawn for the first conversation's timezone step
    await forget_and_start_again(sam)
    assert (await row(harness, 41))[3] == "timezone"  # the same step waits again
    before = await harness.snapshot()
    assert await sam.tap(choices, text="Portland, ME, US") == []
    assert sam.last_callback_answer == DONE
    assert await harness.snapshot() == before
    assert_every_tap_answered_once(harness)


async def test_a_time_button_from_before_forget_never_sets_the_new_time(
    harness: BotHarness,
) -> None:
    """The same number of steps into each conversation: the old button's step is waiting."""
    sam = harness.user(42, "Sam")
    await sam.command("start")
    [_, time_prompt] = await sam.send("Berlin")
    await forget_and_start_again(sam)
    await sam.send("Berlin")
    assert (await row(harness, 42))[3] == "time"
    before = await harness.snapshot()
    assert await sam.tap(time_prompt, text="06:00") == []
    assert sam.last_callback_answer == DONE
    assert await harness.snapshot() == before
    # The new conversation's own buttons work.
    await sam.tap(sam.last, text="06:00")
    assert (await row(harness, 42))[1:] == ("06:00", "recovering", "phase")
    assert_every_tap_answered_once(harness)


async def test_another_persons_set_up_button_never_matches_the_same_step(
    harness: BotHarness,
) -> None:
    ann, eve = harness.user(43, "Ann"), harness.user(44, "Eve")
    for person in (ann, eve):
        await person.command("start")
        await person.send("Berlin")  # both wait for a time, as many steps in
    # Ann's time prompt, forwarded to Eve's chat with its buttons.
    stored = harness.emulator.chat_messages[ann.chat_id][ann.last.message_id]
    forwarded = dict(stored, chat=harness.emulator.chats[eve.chat_id])
    before = await harness.snapshot()
    eve.person.tap_raw(forwarded, ann.last.button("06:00").callback_data or "")
    await harness.deliver_pending()
    assert eve.last_callback_answer == DONE
    assert await harness.snapshot() == before
    assert_every_tap_answered_once(harness)


async def test_the_summarys_today_button_works_after_later_steps(harness: BotHarness) -> None:
    sam = await set_up(harness, 45)
    summary = sam.messages[-1]
    assert summary.button_texts == ["See today's routine"]
    [menu] = await sam.command("settings")
    await sam.tap(menu, text="Time")  # a later step, with a new version
    await sam.command("time", "7")  # and an answer
    # New exercises' how-to cards come first, then the routine itself.
    routine = (await sam.tap(summary, text="See today's routine"))[-1]
    assert sam.last_callback_answer == ""
    assert (routine.text or "").startswith("Your routine for"), routine.text
    assert routine.buttons, "today's routine, with its set buttons"
    assert_every_tap_answered_once(harness)


async def test_an_old_settings_menu_does_what_its_buttons_say(harness: BotHarness) -> None:
    """Menu buttons carry no version on purpose: each names its action and applies it now."""
    sam = await set_up(harness, 46)
    [old_menu] = await sam.command("settings")
    [new_menu] = await sam.command("settings")
    await sam.tap(new_menu, text="Phase")
    await sam.tap(sam.message(new_menu.message_id), text="Gentle relief")
    await sam.tap(old_menu, text="Pause")
    assert sam.last_callback_answer == "Saved."
    assert (
        await sql(harness.repo).fetch_value("SELECT paused FROM subscribers WHERE user_id = 46")
        == 1
    )
    shown = sam.message(old_menu.message_id).text or ""
    assert "Gentle relief" in shown, "the old menu now shows the settings as they are"
    assert_every_tap_answered_once(harness)
