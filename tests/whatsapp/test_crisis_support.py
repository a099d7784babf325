"""On WhatsApp too, a message telling of thoughts of ending a life gets the support note first,
then its usual answer: the real conversation behind the Cloud API emulator, over loopback HTTP."""

from __future__ import annotations

from bot.emulator_whatsapp import CloudApiEmulator
from bot.whatsapp.channel import WhatsAppChannel
from tests.whatsapp import test_typed_pain_score as wired

# The WhatsApp channel wired to the real conversation, as `python -m bot run` wires it.
conversation = wired.conversation
say, tap = wired.say, wired.tap


async def test_on_whatsapp_the_note_comes_first_in_set_up_and_after_it(
    conversation: tuple[CloudApiEmulator, WhatsAppChannel],
) -> None:
    api, channel = conversation
    support = channel.services.content.texts.support
    ana = api.person("15551234567", name="Ana")
    await say(ana, channel, "hi")  # where there is no Start button, a greeting starts set-up
    # In the middle of set-up (the timezone step waits): the note, the answer, the step again.
    during = await say(ana, channel, "i dont want to be here anymore")
    assert during[0] == support.note
    assert len(during) == 3 and "still waiting" in (during[-1] or "")
    await say(ana, channel, "Skip")
    for _ in range(2):  # the time and phase steps
        await tap(ana, channel, "Skip")
    told = "my wife has been stockpiling her gabapentin. Is heat or ice better for her leg?"
    after = await say(ana, channel, told)
    assert after[0] == support.note_for_carer
    found = channel.services.qa.answer(told)
    assert found.text is not None and found.text in (after[1] or "")
    walking = await say(ana, channel, "is walking ok?")
    assert len(walking) == 1 and "116 123" not in (walking[0] or "")
