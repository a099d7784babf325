"""Look-alikes of tests/qa/redflag_fresh_words.py, written with them before any was run: the same
words with no red flag in them (denied, someone else's or a pet's, long past and resolved, a
hypothetical, a side effect named as such). None may get urgent-care advice."""

from __future__ import annotations

# Denied, or checked and found normal.
DENIED = [
    "I don't have any dribbling or trouble peeing, just the leg pain. Is walking ok?",
    "No numbness down below and no problems with the loo, just a nagging ache in the bum "
    "cheek when I sit. Which stretch would help?",
    "No fever, no weight loss, no history of cancer, the GP ran through all of it. It's just "
    "sciatica. What painkillers work best?",
    "Neither leg feels weak, I can stand on my tiptoes and heels fine, the physio checked. "
    "It's just pain. How long to recover?",
    "Heel walking and toe walking are fine according to the GP and my reflexes are normal. I "
    "just have a burning pain in my bum. Would a cushion help?",
    "Bladder and bowels working normally, no saddle numbness. The pain is in my left calf "
    "when I walk. What helps?",
    "I was worried my leg was weak, but the physio tested it and it's as strong as the other "
    "one. Just sore. When does the pain ease?",
    "The leaflet says go to A&E if you lose control of your bladder or bowels. I haven't, "
    "thank goodness. Is it ok to keep doing the stretches?",
]

# Someone else's: a parent, a child, a friend, a partner.
SOMEONE_ELSE = [
    "My dad has prostate trouble and can't get started when he pees; my own issue is sciatica "
    "in my right leg. What stretches help?",
    "My mum fell and broke her hip last year and I'm her carer. Lifting her has given me back "
    "pain. How do I lift safely?",
    "My friend had cauda equina surgery, and my sciatica is nothing like hers, just a sore "
    "leg. Should I keep walking?",
    "My son has a fever and I've been up all night with him, which hasn't helped my back. Any "
    "sleeping positions?",
    "My aunt lost weight before they found her cancer, so I'm a bit paranoid, but my weight "
    "is steady and I feel well. Sciatica for three weeks. Is it normal to last this long?",
    "Our baby has nappy accidents all the time lol, and carrying him around is what set off "
    "my sciatica. Best way to carry him?",
    "My grandad is 90 and wears pads for his bladder. I help him in and out of bed, which has "
    "strained my back. What can I do?",
    "My partner had night sweats during her chemo years ago; she's well now. I'm the one with "
    "sciatica, any advice for sleeping?",
    "My little boy fell off the trampoline and hurt his back; he's fine now. I twisted mine "
    "catching him. Heat or ice?",
]

# A pet's.
PET = [
    "Our dog has had accidents in the house since he hurt his back and the vet says it's a "
    "disc. Meanwhile my own sciatica is flaring. Any tips for sleeping?",
    "My cat lost the use of her back legs and the vet found a slipped disc. It made me wonder "
    "about my own sciatica, can exercises help?",
    "My horse went lame and the vet found a problem in his back. Riding him made my own back "
    "ache and now I'm stiff. Any stretches?",
]

# Long past and resolved.
PAST = [
    "Years ago after my son was born I had some leaks when I sneezed, and that sorted itself "
    "out with pelvic floor exercises. Now I have sciatica, can I still do those exercises?",
    "I fell off my bike as a teenager and broke my wrist. Nothing to do with my back, which "
    "started aching after a long drive last month. Heat or ice?",
    "I had a fall on ice in January and bruised my hip, which healed within a fortnight. The "
    "sciatica came on in June after gardening. How long does it usually last?",
    "I used to trip on the stairs when I had a drop foot after my op in 2009, and it "
    "recovered fully by 2010. Now I just get a bit of back stiffness, what exercises?",
    "I had a temperature last week with a cold and that's gone now. My back ache is the same "
    "as ever. Can I go back to the gym?",
    "I had a car accident twenty years ago with no lasting injuries. Recently my lower back "
    "has been stiff in the mornings. Is that sciatica?",
    "I wore pads after having the baby years ago, but that's long done. Sciatica now in "
    "pregnancy number two, which position is best to sleep in?",
]

# A hypothetical, or a general question.
HYPOTHETICAL = [
    "If I ever can't tell whether I need the loo, is that when I should go to A&E? Asking "
    "because my GP mentioned it.",
    "What does it mean if both legs are affected? Mine is only ever the left one.",
    "Hypothetically, if the sciatica ever went into both legs, would that change the "
    "exercises? Right now it's just my right side.",
    "What are the signs of cauda equina I should watch for? I don't have any of them, I just "
    "want to know.",
]

# A side effect named as such, or the same word about something else.
ELSEWHERE = [
    "The tramadol makes me sweaty and a bit shivery when it wears off; my GP says that's "
    "withdrawal between doses. The sciatica itself is easing. Should I cut down slowly?",
    "Tripping over my words lately because the painkillers make me sleepy, lol. The sciatica "
    "is slowly improving. When can I drive?",
    "My knee gives way sometimes because of an old football injury to the ligament, the "
    "surgeon says it's the ACL. Separately I have mild sciatica. Can I cycle?",
    "My shoes fall off because they are a size too big, ha. Anyway, what's the best chair for "
    "sciatica?",
    "Sitting on a hard bench at the football made my bum go numb, but it came back as soon as "
    "I stood up. It's the buttock pain I'm really asking about, what helps?",
    "Night sweats are from the menopause, my GP confirmed. My sciatica flares after long days "
    "at work. Tips for the office chair?",
    "I get pins and needles in my hands when I sleep on my arm, nothing in my legs. My back "
    "is stiff though. Normal?",
    "I've lost a stone on purpose with a slimming club and my back feels better for it. Can I "
    "start running again?",
    "The amitriptyline gives me a dry mouth and vivid dreams, which the leaflet lists as side "
    "effects. The leg pain is a bit better. How long should I stay on it?",
]

LOOKALIKES = DENIED + SOMEONE_ELSE + PET + PAST + HYPOTHETICAL + ELSEWHERE
