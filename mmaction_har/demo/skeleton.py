"""COCO-17 keypoint layout and the six KTH classes of the demo corpus."""

#: Action classes; the label of a clip is the index of its action here.
CLASSES = ('walking', 'jogging', 'running', 'boxing', 'handwaving',
           'handclapping')

#: The gait classes: the figure translates across the frame.
GAIT_CLASSES = ('walking', 'jogging', 'running')

#: COCO-17 keypoint names, in keypoint-index order.
KEYPOINTS = ('nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear',
             'left_shoulder', 'right_shoulder', 'left_elbow', 'right_elbow',
             'left_wrist', 'right_wrist', 'left_hip', 'right_hip', 'left_knee',
             'right_knee', 'left_ankle', 'right_ankle')

NUM_KEYPOINTS = len(KEYPOINTS)

(NOSE, L_EYE, R_EYE, L_EAR, R_EAR, L_SHOULDER, R_SHOULDER, L_ELBOW, R_ELBOW,
 L_WRIST, R_WRIST, L_HIP, R_HIP, L_KNEE, R_KNEE, L_ANKLE,
 R_ANKLE) = range(NUM_KEYPOINTS)

#: Indices of left/right keypoints, as MMAction2's ``Flip`` wants them.
LEFT_KEYPOINTS = (L_EYE, L_EAR, L_SHOULDER, L_ELBOW, L_WRIST, L_HIP, L_KNEE,
                  L_ANKLE)
RIGHT_KEYPOINTS = (R_EYE, R_EAR, R_SHOULDER, R_ELBOW, R_WRIST, R_HIP, R_KNEE,
                   R_ANKLE)
