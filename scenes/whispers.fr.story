# Murmures du cœur — toute l’histoire en français, traduite de whispers.story ligne à ligne.
# Mêmes indications de mise en scène que l’original (--lint le vérifie) ; seuls les textes changent.

title "Murmures du cœur"
subtitle "Une conversation silencieuse d’amour et de rédemption"

character him "Lui" hand=elegant ink=#1b2a4a
character her "Elle" hand=brush ink=#5b3a24

label start

# ¶1 — The room: candles, dancing shadows, lavender, the rain.
chapter "La pièce"
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
"La pièce baignait dans la douce lueur d’une douzaine de bougies vacillantes."
shot walls
"Des ombres dansaient sur les murs, fébriles à la lueur des bougies."
shot lavender
"L’air était lourd d’un parfum de lavande."
shot window
"Dehors, la pluie tapotait doucement contre la vitre,"
shot two
"lointain roulement de tambour pour le drame silencieux qui se jouait à l’intérieur."
shot wide

# ¶2 — Him: the armchair, the clenched hands, the fire, the suit, the hair.
chapter "Chacun de son côté"
shot him_seated
sound music_him
"Il se tenait d’un côté de la pièce, perché au bord d’un fauteuil ancien."
shot insert_clenched_hands
"Ses mains étaient crispées, ses doigts blanchis par la tension."
shot him
"Son regard restait fixé sur le feu qui crépitait dans l’âtre,"
shot fire
"ses flammes se tordant et tournoyant comme ses pensées."
shot him_seated
"Il portait un costume sur mesure, impeccable jusque dans le moindre détail,"
shot him_close
"mais ses cheveux en bataille trahissaient son trouble intérieur."

# ¶3 — Her: the velvet sofa, the tapping foot, the chestnut hair, the dress, the lips.
shot her_seated
sound music_her
pose her nestled
"Elle occupait l’autre côté de la pièce,"
camera push 1.06 over 8
"blottie dans l’étreinte d’un moelleux canapé de velours."
shot insert_crossed_legs
"Elle avait les jambes croisées, un pied battant la mesure sur le plancher."
pose her twirling
shot insert_hair_twirl
"Elle enroulait une mèche de cheveux châtains autour de son doigt, une manie nerveuse."
shot her_gaze
"Ses yeux étaient rivés sur lui, sans jamais s’en détourner."
face her longing
camera push 1.08 drift right 0.08 over 8
"Son visage mêlait l’appréhension et le désir."
# she sits up from the nestle as the dress line begins, in her own shot (unseen, she was upright by 16: review11 N2)
pose her sofa
shot her_seated
"Elle portait une robe simple, élégante mais sobre,"
shot insert_trembling_lips
"mais ses lèvres tremblantes révélaient sa vulnérabilité."

# ¶4 — The notebook and the pen on the coffee table, open, blank.
chapter "Le carnet"
sound music_her stop
shot table
notebook open
"Entre eux, sur la table basse, reposaient un carnet relié de cuir et une plume."
shot notebook
"Le carnet était ouvert, ses pages vierges,"
shot two
"dans l’attente des mots tus qui pesaient lourd dans la pièce."

# ¶5 — The gaze; he takes up the pen.
pose him leaning
look him her
face him longing
shot faces
"Il se pencha en avant, les coudes sur les genoux, et ses yeux rencontrèrent les siens."
shot insert_gaze
"L’intensité de leurs regards en disait long,"
"échange muet de désir et de regret."
pose him writing
look him notebook
face him remorseful
shot two
"Il prit la plume, dont le poids lui était familier, et se mit à écrire."

# ¶6 — The first written line.
shot notebook
him "Je n’ai jamais voulu que les choses finissent ainsi."
"Il traça les mots à la hâte, d’une écriture élégante et précise."

# ¶7 — She reaches for the notebook.
shot two
pose him watching
look him her
pose her watching
look her notebook
face her apprehensive
"Elle regarda les mots se former sur la page, le cœur battant à tout rompre."
sound notebook_slide
notebook pass her
pose her reach_notebook
"Ses doigts tremblèrent lorsqu’elle tendit la main vers le carnet."
pose her writing
"Et, les mains tremblantes, elle écrivit sa réponse."

# ¶8 — Her reply.
shot notebook
her "Moi non plus."
"Son écriture était délicate, comme les coups de pinceau d’une calligraphe."

# ¶9 — He writes again.
chapter "Un aveu"
shot two
sound notebook_slide
notebook pass him
pose her watching
look her him
look him notebook
face him brooding
"Il hocha la tête, sans quitter le carnet des yeux."
pose him writing
"Il écrivit de nouveau, et ses mots avouaient son trouble intérieur,"
"l’encre coulant comme des larmes."

# ¶10 — His confession.
shot notebook
him "Je croyais pouvoir le supporter, la distance, les secrets, mais cela me déchire."

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
"Elle lut ses mots, et son cœur se serra en réponse."
pose her writing
shot pass
"Sa plume frémissait tandis qu’elle mettait des mots sur ce qu’elle ressentait."

# ¶12 — Her answer.
shot notebook
her "Je comprends, mais je ne peux pas faire comme si ça ne faisait pas mal."

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
"Il referma doucement le carnet, laissant échapper un soupir."
look him her
camera push 1.05 over 9
"La conversation muette avait commencé, pont fragile entre leurs âmes brisées."
notebook open
sound notebook_open
pose him writing
shot ots_him
sound music_exchange
"Ils continuèrent à s’échanger le carnet,"
sound notebook_slide
notebook pass her
pose him watching
pose her writing
shot pass
"y déversant leurs pensées, leurs peurs et leurs regrets"
shot two
"dans le sanctuaire silencieux de la pièce faiblement éclairée."

# ¶14 — The hours pass; his confessions, her loneliness.
chapter "Les minutes deviennent des heures"
# a cut to the room, then the hours pass within the one framing (the clock, the candles): a
# dissolve from the two-shot laid two couples and two mantelpieces over each other
shot wide
clock 00:40 over 10
candles 0.45 over 10
"À mesure que les minutes devenaient des heures, leurs mots tissaient une tapisserie d’émotions."
sound notebook_slide
notebook pass him
pose her watching
pose him writing
shot him_writing
camera push 1.06 drift left 0.04 over 10
"Il avoua les nuits sans sommeil,"
"le poids de ses responsabilités, les choix qu’il avait dû faire."
sound notebook_slide
notebook pass her
pose him watching
pose her writing
face her aching
shot her_writing
camera push 1.06 drift up 0.03 over 10
"Elle confia sa solitude, le manque de ses caresses,"
"et le vide qui s’était installé dans son cœur."

# ¶15 — The rain intensifies; the clock ticks.
rain torrential over 1.5
sound music_exchange stop
shot window
"Dehors, la pluie redoubla, averse torrentielle"
"à l’image de la tourmente de leurs cœurs."
shot clock
"Le tic-tac de la vieille horloge, au mur, semblait faire écho à leur conversation silencieuse,"
"marquant le passage du temps tandis qu’ils se mettaient l’âme à nu l’un devant l’autre."

# ¶16 — The dreams that crumbled; the ache of missing him.
shot table
sound notebook_slide
notebook pass him
pose her watching
pose him writing
"Il écrivit les rêves qu’il avait autrefois partagés avec elle, des rêves d’un avenir à deux,"
shot ots_him
camera push 1.06 over 7
"et comment ils s’étaient effrités comme du sable glissant entre ses doigts."
sound notebook_slide
notebook pass her
pose him watching
pose her writing
shot ots_her
camera push 1.07 drift left 0.05 over 9
"Elle écrivit combien il lui manquait, jusqu’à la douleur,"
"combien son absence avait laissé dans sa vie un vide"
"que personne d’autre ne pouvait combler."

# ¶17 — Their eyes meet; their hands meet.
chapter "Leurs mains"
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
"Leurs regards se croisèrent de nouveau, et à cet instant, ils surent tous deux"
# "they both knew": her lips part, her brows lift a little as it lands (a visible beat across 61, review12 D2)
face her longing
"que les mots tus devaient trouver leur dénouement."
sound music_hands
pose him reach_hand
look him her
face him pleading
# no push on the reach: 63 opens still, on 62's last pose, so 62 holds its framing too (pushed to 1.05 his hand jumped 15-25 px at the cut)
shot insert_hand_reach
"Il tendit la main vers la sienne, d’un geste doux mais empreint d’une supplique : être compris."
pose her holding
pose him holding
shot insert_hands_intertwined
camera push 1.05 over 9
"Elle posa sa main dans la sienne,"
"et la chaleur de leur lien rayonna à travers leurs doigts entrelacés."

# ¶18 — His final words.
shot two
sound music_hands stop
sound notebook_slide
notebook pass him
pose him writing
pose her watching
look him notebook
"Il écrivit ses derniers mots dans le carnet,"
"d’une écriture tremblante, l’encre tachant la page."

# ¶19 — The first of the final lines.
shot notebook
him "Je ne veux pas te perdre." hand=shaky

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
"Les larmes lui montèrent aux yeux tandis qu’elle lisait son aveu."
pose her writing
shot pass
"Elle prit la plume et écrivit sa réponse d’une main tremblante."

# ¶21 — The last of the final lines.
shot notebook
her "Moi non plus, je ne veux pas te perdre." hand=trembling

# ¶22 — The promise, and the kiss.
chapter "Le baiser"
pose her beside
pose him beside
look her him
look him her
face him tender
face her tender
shot insert_hands_tighten
"Leurs mains se resserrèrent l’une sur l’autre, promesse silencieuse d’amour et de pardon."
# the couple filling the frame as they lean in, not squeezed into its left third (review8 #18)
shot lean_in
camera push 1.05 over 7
pose him leaning_in
pose her leaning_in
"La pièce sembla retenir son souffle tandis qu’ils se penchaient l’un vers l’autre,"
pose him kiss
pose her kiss
sound music_kiss
shot insert_kiss
camera push 1.06 over 8
"leurs lèvres se joignant en un baiser doux et tendre."
wait 1.5

# ¶23 — The golden glow; the rain subsides; heartbeats and fire.
glow 1.0 over 6
# the storm eases as the glow rises, still raining through this line; it stops on the window
# shot of the next, which says it has subsided (it had stopped 5 s into this one)
rain steady over 8
shot couple
camera drift right 0.05 over 10
"Les bougies vacillèrent, répandant sur la scène une lueur chaude et dorée."
shot window
rain none over 3
"Dehors, la pluie s’était apaisée, ne laissant que le battement de leurs cœurs"
shot fire
"et le crépitement du feu pour témoins de leur conversation silencieuse."

# ¶24 — Words unnecessary; together.
chapter "Ensemble"
shot couple
sound heartbeat stop
"À cet instant, les mots devinrent inutiles."
pose him embrace
pose her embrace
shot her_seated
camera push 1.06 over 12
"Leurs corps parlaient la langue de l’amour et du désir, du pardon et de la rédemption."
wait 1.5
"Tandis qu’ils se tenaient enlacés, leurs âmes mêlées,"
"ils surent que, quelles que soient les épreuves à venir, ils les affronteraient ensemble."

# ¶25 — The forgotten notebook; the room as witness.
shot notebook
# seen from above, the written leaves of the forgotten notebook turn over to a blank spread
# (its pages empty): on screen, not a pop between two wides (lines 77 -> 78 showed the six
# written lines, then a pristine spread); first a breath on the written pages
# (wait), then they turn as the words begin
wait 1.5
notebook turn
"Le carnet gisait, oublié, sur la table basse, ses pages vides,"
shot her
camera push 1.05 over 8
"mais leurs cœurs étaient emplis de cette entente tacite"
"qui les avait de nouveau unis."
# the room that witnessed it: a cut, then a slow pull back to the whole room (a dissolve from
# her close shot laid her face over the room)
shot wide_in
camera push 0.85 drift down 0.03377 over 12
sound music_ending
"La pièce, avec sa lumière tamisée et son parfum de lavande,"
"avait été le témoin d’une conversation silencieuse qui avait dépassé les mots —"
"une conversation du cœur qui avait ravivé un amour destiné à durer."
wait 1.5
end
