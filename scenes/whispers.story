# Whispers of the Heart — the whole story, adapted for the candlelit room.
# One narration line per click; the six written lines appear word for word.

title "Whispers of the Heart"
subtitle "A Silent Conversation of Love and Redemption"

character him "He" hand=elegant ink=#1b2a4a
character her "She" hand=brush ink=#5b3a24

label start

# ¶1 — The room: candles, dancing shadows, lavender, the rain.
chapter "The room"
shot wide
rain light
clock 21:00
candles 1.0
glow 0
pose him perched
look him fireplace
pose her sofa
look her him
face him tense
face her apprehensive
sound music_opening
"The room was bathed in the soft glow of a dozen flickering candles."
shot walls
"Shadows danced upon the walls, restless in the candlelight."
shot lavender
"The air was heavy with the scent of lavender."
shot window
"Outside, rain tapped lightly on the windowpane,"
shot two
"a distant drumbeat to the quiet drama unfolding within."
shot wide

# ¶2 — Him: the armchair, the clenched hands, the fire, the suit, the hair.
chapter "Two sides of the room"
shot him_seated
sound music_him
"He sat on one side of the room, perched on the edge of an antique armchair."
shot insert_clenched_hands
"His hands were clenched, his fingers white with tension."
shot him
"His gaze was fixed on the fire crackling in the hearth,"
shot fire
"its flames twisting and turning like his thoughts."
shot him_seated
"He wore a tailored suit, every detail immaculate,"
shot him_close
"but his disheveled hair betrayed his inner turmoil."

# ¶3 — Her: the velvet sofa, the tapping foot, the chestnut hair, the dress, the lips.
shot her_seated
sound music_her
pose her nestled
"She occupied the other side of the room,"
camera push 1.06 over 8
"nestled in the embrace of a plush velvet sofa."
shot insert_crossed_legs
"Her legs were crossed, one foot tapping rhythmically on the floor."
pose her twirling
shot insert_hair_twirl
"She twirled a strand of chestnut hair around her finger, a nervous habit."
shot her_gaze
"Her eyes were locked onto him, never straying."
face her longing
camera push 1.08 drift right 0.08 over 8
"Her expression was a mix of apprehension and yearning."
# she sits up from the nestle as the dress line begins, in her own shot (unseen, she was upright by 16: review11 N2)
pose her sofa
shot her_seated
"She wore a simple dress, elegant yet understated,"
shot insert_trembling_lips
"but her trembling lips revealed her vulnerability."

# ¶4 — The notebook and the pen on the coffee table, open, blank.
chapter "The notebook"
sound music_her stop
shot table
notebook open
"Between them, on the coffee table, rested a leather-bound notebook and a pen."
shot notebook
"The notebook was open, its pages blank,"
shot two
"waiting for the unspoken words that hung heavy in the room."

# ¶5 — The gaze; he takes up the pen.
pose him leaning
look him her
face him longing
shot faces
"He leaned forward, resting his elbows on his knees, and his eyes met hers."
shot insert_gaze
"The intensity of their gaze spoke volumes,"
"a silent exchange of longing and regret."
pose him writing
look him notebook
face him remorseful
shot two
"He picked up the pen, its weight familiar in his hand, and began to write."

# ¶6 — The first written line.
shot notebook
him "I never meant for things to end this way."
"He scribbled the words, his penmanship elegant and precise."

# ¶7 — She reaches for the notebook.
shot two
pose him watching
look him her
pose her watching
look her notebook
face her apprehensive
"She watched as the words formed on the page, her heart pounding in her chest."
sound notebook_slide
notebook pass her
pose her reach_notebook
"Her fingers trembled as she reached for the notebook."
pose her writing
"And with trembling hands, she wrote her response."

# ¶8 — Her reply.
shot notebook
her "Nor did I."
"Her script was delicate, like the brushstrokes of a calligrapher."

# ¶9 — He writes again.
chapter "A confession"
shot two
sound notebook_slide
notebook pass him
pose her watching
look her him
look him notebook
face him brooding
"He nodded, his eyes never leaving the notebook."
pose him writing
"He wrote again, his words a confession of his inner turmoil,"
"the ink flowing as if it were tears."

# ¶10 — His confession.
shot notebook
him "I thought I could handle it, the distance, the secrets, but it’s tearing me apart."

# ¶11 — She reads, and answers.
shot ots_her
sound notebook_slide
notebook pass her
pose him watching
look him her
pose her reading
look her notebook
face her aching
camera push 1.05 over 7
"She read his words, her heart aching in response."
pose her writing
shot pass
"Her pen quivered as she put her feelings into words."

# ¶12 — Her answer.
shot notebook
her "I understand, but I can’t pretend it doesn’t hurt."

# ¶13 — He closes the notebook; the exchange goes on.
shot table
sound notebook_slide
notebook pass him
pose her watching
look her him
pose him closing
look him notebook
face him remorseful
notebook close
sound notebook_close
sound sigh
"He closed the notebook gently, a sigh escaping his lips."
look him her
camera push 1.05 over 9
"The unspoken conversation had begun, a fragile bridge between their fractured souls."
notebook open
sound notebook_open
pose him writing
shot ots_him
sound music_exchange
"They continued to exchange the notebook,"
sound notebook_slide
notebook pass her
pose him watching
pose her writing
shot pass
"pouring out their thoughts, fears, and regrets"
shot two
"in the silent sanctuary of the dimly lit room."

# ¶14 — The hours pass; his confessions, her loneliness.
chapter "Minutes into hours"
# a cut to the room, then the hours pass within the one framing (the clock, the candles): a
# dissolve from the two-shot laid two couples and two mantelpieces over each other
shot wide
clock 00:40 over 10
candles 0.45 over 10
"As the minutes turned into hours, their words became a tapestry of emotions."
sound notebook_slide
notebook pass him
pose her watching
pose him writing
shot him_writing
camera push 1.06 drift left 0.04 over 10
"He confessed to the sleepless nights,"
"the weight of his responsibilities, the choices he had to make."
sound notebook_slide
notebook pass her
pose him watching
pose her writing
face her aching
shot her_writing
camera push 1.06 drift up 0.03 over 10
"She revealed her loneliness, her longing for his touch,"
"and the emptiness that had settled in her heart."

# ¶15 — The rain intensifies; the clock ticks.
rain torrential over 1.5
sound music_exchange stop
shot window
"Outside, the rain intensified, a torrential downpour"
"that matched the turmoil in their hearts."
shot clock
"The ticking of the antique clock on the wall seemed to echo their silent conversation,"
"marking the passage of time as they bared their souls to each other."

# ¶16 — The dreams that crumbled; the ache of missing him.
shot table
sound notebook_slide
notebook pass him
pose her watching
pose him writing
"He wrote about the dreams he had once shared with her, dreams of a future together,"
shot ots_him
camera push 1.06 over 7
"and how they had crumbled like sand slipping through his fingers."
sound notebook_slide
notebook pass her
pose him watching
pose her writing
shot ots_her
camera push 1.07 drift left 0.05 over 9
"She wrote about the ache of missing him,"
"the way his absence had left a void in her life"
"that no one else could fill."

# ¶17 — Their eyes meet; their hands meet.
chapter "Their hands"
pose her watching
pose him leaning
look her him
look him her
# hours after 24's first look (longing, longing): their faces eased, tender, her lids heavier, lips parted (review12 D2)
face him tender
face her tender
# he leans in again as at 23, where his eyes first met hers (review10 #16): the wide state the hands inserts and 65 go on from
# (review11 #16) seated they stay ~510 room px apart, so the wide faces_met was ~880 px (1080p) of bare wall between the faces: the close two-face shot of 24 again, the faces nearer (tools/faces_close/eyes_met.py)
shot insert_eyes_met
camera push 1.03 over 9
"Their eyes met again, and in that moment, they both knew"
# "they both knew": her lips part, her brows lift a little as it lands (a visible beat across 61, review12 D2)
face her longing
"that the unspoken words had to find a resolution."
sound music_hands
pose him reach_hand
look him her
face him pleading
# no push on the reach: 63 opens still, on 62's last pose, so 62 holds its framing too (pushed to 1.05 his hand jumped 15-25 px at the cut)
shot insert_hand_reach
"He reached for her hand, his touch gentle but filled with a plea for understanding."
pose her holding
pose him holding
shot insert_hands_intertwined
camera push 1.05 over 9
"She placed her hand in his,"
"the warmth of their connection radiating through their intertwined fingers."

# ¶18 — His final words.
shot two
sound music_hands stop
sound notebook_slide
notebook pass him
pose him writing
pose her watching
look him notebook
"He wrote his final words in the notebook,"
"his penmanship shaky, the ink blotting the page."

# ¶19 — The first of the final lines.
shot notebook
him "I don’t want to lose you." hand=shaky

# ¶20 — Her tears, her trembling hand.
shot her
sound notebook_slide
notebook pass her
pose him watching
pose her reading
look her notebook
look him her
face her tearful
sound heartbeat loop
shot insert_tear
camera push 1.08 over 6
"Tears welled in her eyes as she read his confession."
pose her writing
shot pass
"She took the pen and wrote her response with a trembling hand."

# ¶21 — The last of the final lines.
shot notebook
her "I don’t want to lose you either." hand=trembling

# ¶22 — The promise, and the kiss.
chapter "The kiss"
pose her beside
pose him beside
look her him
look him her
face him tender
face her tender
shot insert_hands_tighten
"Their hands tightened around each other’s, a silent promise of love and forgiveness."
# the couple filling the frame as they lean in, not squeezed into its left third (review8 #18)
shot lean_in
camera push 1.05 over 7
pose him leaning_in
pose her leaning_in
"The room seemed to hold its breath as they leaned in,"
pose him kiss
pose her kiss
sound music_kiss
shot insert_kiss
camera push 1.06 over 8
"their lips meeting in a soft and tender kiss."
wait 1.5

# ¶23 — The golden glow; the rain subsides; heartbeats and fire.
glow 1.0 over 6
# the storm eases as the glow rises, still raining through this line; it stops on the window
# shot of the next, which says it has subsided (it had stopped 5 s into this one)
rain steady over 8
shot couple
camera drift right 0.05 over 10
"The candles flickered, casting a warm, golden glow on the scene."
shot window
rain none over 3
"The rain outside had subsided, leaving only the sound of their heartbeats"
shot fire
"and the crackling fire as witnesses to their silent conversation."

# ¶24 — Words unnecessary; together.
chapter "Together"
shot couple
sound heartbeat stop
"In that moment, words became unnecessary."
pose him embrace
pose her embrace
shot her_seated
camera push 1.06 over 12
"Their bodies spoke the language of love and longing, of forgiveness and redemption."
wait 1.5
"As they held each other, their souls entwined,"
"they knew that no matter what challenges lay ahead, they would face them together."

# ¶25 — The forgotten notebook; the room as witness.
shot notebook
# seen from above, the written leaves of the forgotten notebook turn over to a blank spread
# (its pages empty): on screen, not a pop between two wides (lines 77 -> 78 showed the six
# written lines, then a pristine spread); first a breath on the written pages
# (wait), then they turn as the words begin
wait 1.5
notebook turn
"The notebook lay forgotten on the coffee table, its pages empty,"
shot her
camera push 1.05 over 8
"but their hearts were filled with the unspoken understanding"
"that had bound them together once more."
# the room that witnessed it: a cut, then a slow pull back to the whole room (a dissolve from
# her close shot laid her face over the room)
shot wide_in
camera push 0.85 drift down 0.03377 over 12
sound music_ending
"The room, with its dimly lit ambiance and the scent of lavender,"
"had witnessed a silent conversation that had transcended words—"
"a conversation of the heart that had rekindled a love that was meant to endure."
wait 1.5
end
