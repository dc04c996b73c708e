"""CAM energy on the person: a briefly trained PoseC3D looks at the figure.

Training: the demo PoseC3D config shrunk (8 base channels, one block per
stage, 12 frames of 32x32 heatmaps), AdamW for 30 steps of 8 clips on the
two training subjects of the tiny demo corpus (about 5 s on an idle
2-core CPU). The check runs on the two held-out subjects: the trained
model's CAM puts clearly more energy inside the figure's box than random
maps of the same smoothness do, and more than the same network did before
training (whose CAM is no better than random: measured 0.48 vs 0.48).
"""
import csv

import numpy as np
import pytest
import torch

from mmaction_har.cli.visualizations.cam_energy import main
from mmaction_har.visualization.cam import CamModel
from mmaction_har.visualization.energy import energy_share, random_share
from mmaction_har.visualization.energy_report import person_mask
from mmaction_har.visualization.gradcam import class_scores
from mmaction_har.visualization.sample import (load_pose_file, model_inputs,
                                               prepare_sample)

from .utils import write_config


def _energies(cam_model, samples):
    energy, rand, correct = [], [], []
    for s in samples:
        result = _cam(cam_model, s)
        mask = person_mask(s)
        (title, cam), = result.maps.items()
        energy.append(energy_share(cam[0], mask)['energy'])
        rand.append(random_share(mask, result.feature_shapes[title]))
        correct.append(result.pred == s.label)
    return np.mean(energy), np.mean(rand), np.mean(correct)


def _cam(cam_model, sample):
    from mmaction_har.visualization.gradcam import grad_cam
    cam_model.model.eval()
    return grad_cam(cam_model.model, model_inputs(cam_model.model, sample),
                    cam_model.layers)


def test_trained_cam_beats_random_maps(tiny_corpus, tmp_path):
    torch.manual_seed(0)
    cam_model = CamModel.load(write_config(tmp_path, 'pose', clip_len=12),
                              None)
    anns, data = load_pose_file(str(tiny_corpus / 'pose.pkl'))
    samples = {a['frame_dir']: prepare_sample(cam_model.cfg, a)
               for a in anns}
    train = [samples[n] for n in data['split']['train']]
    held_out = [samples[n] for n in data['split']['val'] +
                data['split']['test']]
    before, rand, _ = _energies(cam_model, held_out)

    model = cam_model.model
    inputs = torch.cat([model_inputs(model, s) for s in train])
    labels = torch.tensor([s.label for s in train])
    optim = torch.optim.AdamW(model.parameters(), lr=1e-2,
                              weight_decay=1e-4)
    losses = []
    for _ in range(30):
        model.train()
        idx = torch.randperm(len(train))[:8]
        loss = torch.nn.functional.cross_entropy(
            class_scores(model, inputs[idx]), labels[idx])
        optim.zero_grad()
        loss.backward()
        optim.step()
        losses.append(loss.item())
    after, rand_after, acc = _energies(cam_model, held_out)

    print(f"held-out energy share: before {before:.3f}, after {after:.3f}, "
          f"random {rand:.3f}, accuracy {acc:.2f}, area "
          f"{np.mean([person_mask(s).mean() for s in held_out]):.3f}")
    assert np.mean(losses[-5:]) < 0.5 * np.mean(losses[:5])
    assert acc > 2 / 6  # above chance (1/6) on unseen subjects
    assert rand == pytest.approx(rand_after)
    assert after > rand + 0.05, (after, rand)
    assert after > before + 0.03, (after, before)


def test_energy_tool_rgb_with_pose_file(tiny_models, tiny_corpus, tmp_path,
                                        capsys):
    config, ckpt, _ = tiny_models('slowonly')
    out = tmp_path / 'energy'
    assert main([config, ckpt, str(tiny_corpus / 'test_list.txt'),
                 '--dataset-type', 'VideoDataset', '--data-prefix',
                 str(tiny_corpus / 'videos'), '--pose',
                 str(tiny_corpus / 'pose.pkl'), '--out-dir', str(out),
                 '--max-samples', '3', '--mask-mode', 'limbs']) == 0
    with open(out / 'energy.csv') as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3 and rows[0]['layer'] == 'backbone.layer4.0'
    for r in rows:
        assert 0 < float(r['area']) < 1 and 0 <= float(r['energy']) <= 1
    assert (out / 'energy.png').is_file() and (out / 'summary.json').is_file()
    assert '| backbone.layer4.0 | 3 |' in capsys.readouterr().out


def test_energy_tool_needs_a_person_region(tiny_models, tiny_corpus,
                                           tmp_path):
    from mmaction_har.errors import HarError
    config, ckpt, _ = tiny_models('slowonly')
    with pytest.raises(HarError, match='no person region'):
        main([config, ckpt, str(tiny_corpus / 'test_list.txt'),
              '--dataset-type', 'VideoDataset', '--data-prefix',
              str(tiny_corpus / 'videos'), '--out-dir', str(tmp_path)])
