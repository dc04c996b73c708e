"""NTU RGB+D (60) and NTU RGB+D 120: class names and evaluation protocols.

Facts from Shahroudy et al. (CVPR 2016) and Liu et al. (TPAMI 2019), as
used by MMAction2 and pyskl. Sample names are ``SsssCcccPpppRrrrAaaa``:
setup, camera, performer (subject), replication, action (1-based).

Protocols (split names as MMAction2's pose pickles use them):

* NTU 60 cross-subject ``xsub_train`` / ``xsub_val``: performers in
  :data:`XSUB_TRAIN_60` train; cross-view ``xview_train`` / ``xview_val``:
  cameras 2 and 3 train, camera 1 tests.
* NTU 120 cross-subject (performers in :data:`XSUB_TRAIN_120` train) and
  cross-setup ``xset_train`` / ``xset_val`` (even setup numbers train).
"""

XSUB_TRAIN_60 = (1, 2, 4, 5, 8, 9, 13, 14, 15, 16, 17, 18, 19, 25, 27, 28,
                 31, 34, 35, 38)
XSUB_TRAIN_120 = XSUB_TRAIN_60 + (45, 46, 47, 49, 50, 52, 53, 54, 55, 56, 57,
                                  58, 59, 70, 74, 78, 80, 81, 82, 83, 84, 85,
                                  86, 89, 91, 92, 93, 94, 95, 97, 98, 100,
                                  103)
XVIEW_TRAIN_CAMERAS = (2, 3)

#: Action names; label ``i`` is action ``A{i + 1:03d}``. NTU 60 is the
#: first 60.
CLASSES_120 = (
    'drink water', 'eat meal/snack', 'brushing teeth', 'brushing hair',
    'drop', 'pickup', 'throw', 'sitting down',
    'standing up (from sitting position)', 'clapping', 'reading', 'writing',
    'tear up paper', 'wear jacket', 'take off jacket', 'wear a shoe',
    'take off a shoe', 'wear on glasses', 'take off glasses',
    'put on a hat/cap', 'take off a hat/cap', 'cheer up', 'hand waving',
    'kicking something', 'reach into pocket', 'hopping (one foot jumping)',
    'jump up', 'make a phone call/answer phone', 'playing with phone/tablet',
    'typing on a keyboard', 'pointing to something with finger',
    'taking a selfie', 'check time (from watch)', 'rub two hands together',
    'nod head/bow', 'shake head', 'wipe face', 'salute',
    'put the palms together', 'cross hands in front (say stop)',
    'sneeze/cough', 'staggering', 'falling', 'touch head (headache)',
    'touch chest (stomachache/heart pain)', 'touch back (backache)',
    'touch neck (neckache)', 'nausea or vomiting condition',
    'use a fan (with hand or paper)/feeling warm',
    'punching/slapping other person', 'kicking other person',
    'pushing other person', 'pat on back of other person',
    'point finger at the other person', 'hugging other person',
    'giving something to other person', "touch other person's pocket",
    'handshaking', 'walking towards each other',
    'walking apart from each other', 'put on headphone', 'take off headphone',
    'shoot at the basket', 'bounce ball', 'tennis bat swing',
    'juggling table tennis balls', 'hush (quite)', 'flick hair', 'thumb up',
    'thumb down', 'make ok sign', 'make victory sign', 'staple book',
    'counting money', 'cutting nails', 'cutting paper (using scissors)',
    'snapping fingers', 'open bottle', 'sniff (smell)', 'squat down',
    'toss a coin', 'fold paper', 'ball up paper', 'play magic cube',
    'apply cream on face', 'apply cream on hand back', 'put on bag',
    'take off bag', 'put something into a bag', 'take something out of a bag',
    'open a box', 'move heavy objects', 'shake fist', 'throw up cap/hat',
    'hands up (both hands)', 'cross arms', 'arm circles', 'arm swings',
    'running on the spot', 'butt kicks (kick backward)', 'cross toe touch',
    'side kick', 'yawn', 'stretch oneself', 'blow nose',
    'hit other person with something', 'wield knife towards other person',
    'knock over other person (hit with body)', "grab other person's stuff",
    'shoot at other person with a gun', 'step on foot', 'high-five',
    'cheers and drink', 'carry something with other person',
    'take a photo of other person', 'follow other person',
    "whisper in other person's ear", 'exchange things with other person',
    'support somebody with hand',
    'finger-guessing game (playing rock-paper-scissors)',
)
CLASSES_60 = CLASSES_120[:60]


def protocol_splits(benchmark, setup, camera, performer):
    """The splits a sample belongs to, e.g. ``['xsub_train', 'xview_val']``.

    Args:
        benchmark (str): ``'ntu60'`` or ``'ntu120'``.
    """
    if benchmark == 'ntu60':
        xsub = performer in XSUB_TRAIN_60
        second = ('xview', camera in XVIEW_TRAIN_CAMERAS)
    else:
        xsub = performer in XSUB_TRAIN_120
        second = ('xset', setup % 2 == 0)
    return [f'xsub_{"train" if xsub else "val"}',
            f'{second[0]}_{"train" if second[1] else "val"}']
