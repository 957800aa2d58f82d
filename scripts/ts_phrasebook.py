"""Fills Qt Linguist .ts files from a phrase book: the shared part of the fill-*-translations.py
scripts (the kiosk's, the BalancePrompt's and the desk panel's), each of which holds only its
phrases. Spanish is column 0, Romanian column 1; an English file gets only its plural forms.
A phrase is a string, or a list of plural forms."""
import sys
import xml.etree.ElementTree as ET


def set_translation(translation, text):
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if isinstance(text, list):
        translation.text = None
        for form in text:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def fill(path, column, phrases, english_plurals):
    """Writes the translations of one file; returns the source texts it has no phrase for."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if column is None:  # English: only the plural forms
            if source in english_plurals:
                set_translation(translation, english_plurals[source])
            continue
        phrase = phrases.get(source)
        if phrase is None:
            missing.append(source)
            continue
        set_translation(translation, phrase[column])
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main(paths, phrases, english_plurals):
    """Fills each file by its language suffix; 1 (and each missing phrase on stderr) when any
    source text has no phrase."""
    problems = []
    for path in paths:
        column = 0 if path.endswith("_es.ts") else 1 if path.endswith("_ro.ts") else None
        problems += [f"{path}: no translation for {m!r}"
                     for m in fill(path, column, phrases, english_plurals)]
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0
