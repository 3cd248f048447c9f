"""Uploaded files are stored under safe names, and web page code hidden in one is found."""

import pytest
from django.core.exceptions import ValidationError

from bantin.core.uploads import contains_markup, refuse_too_large, safe_filename


@pytest.mark.parametrize("name, safe", [
    ("Nghị quyết số 12.PDF", "nghi-quyet-so-12.pdf"),
    ("Ảnh Đại hội Đảng bộ.JPG", "anh-dai-hoi-dang-bo.jpg"),
    ("../../etc/passwd.pdf", "passwd.pdf"),
    ("..\\..\\windows\\win.ini.pdf", "winini.pdf"),
    ("C:\\Users\\bientap\\Desktop\\bao cao.docx", "bao-cao.docx"),
    ("toan-van\x00.php.pdf", "toan-vanphp.pdf"),
    ("shell.php.jpg", "shellphp.jpg"),
    ("bao\u202egpj.exe", "baogpj.exe"),
    ("tab\tand\nnewline.odt", "tab-and-newline.odt"),
    ("....", "tep"),
    ("", "tep"),
    ("中文.pdf", "tep.pdf"),
    ("no-extension", "no-extension"),
    ("archive.tar.gz", "archivetar.gz"),
])
def test_a_name_is_kept_to_ascii_letters_digits_and_hyphens_with_one_extension(name, safe):
    assert safe_filename(name, default="tep") == safe


def test_a_long_name_is_cut_to_eighty_characters_keeping_its_extension():
    safe = safe_filename("Báo cáo " * 40 + ".xlsx", default="tep")
    assert len(safe) <= 80 and safe.endswith(".xlsx") and safe.startswith("bao-cao-bao-cao")


def test_a_given_extension_replaces_the_names_own():
    assert safe_filename("ảnh.jpeg.php", default="anh", extension="jpg") == "anhjpeg.jpg"


@pytest.mark.parametrize("data", [
    b"GIF89a\x01\x00<script>alert(1)</script>",
    b"\xff\xd8\xff<SCRIPT src=//x.vn/a.js></SCRIPT>",
    b"%PDF-1.4\n%<html><body onload=alert(1)>",
    b"<!DOCTYPE html><p>x",
    b"PK\x03\x04<?php system($_GET['c']); ?>",
    b"\x89PNG<svg/onload=alert(1)>",
    b"<iframe src=x>",
    b"<meta http-equiv=refresh content=0;url=//x.vn>",
])
def test_markup_that_runs_or_loads_something_is_found(data):
    assert contains_markup(data)


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>",
    b"<?xml version='1.0'?><Types xmlns='http://schemas.openxmlformats.org/'/>",
    b"<office:document-content><style:style style:name='P1'/>",
    b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF/></x:xmpmeta>",
    b"a < b and c <scripted> and <htmlx>",
])
def test_documents_and_metadata_without_such_markup_pass(data):
    assert not contains_markup(data)


def test_a_file_over_the_limit_is_refused_in_vietnamese():
    refuse_too_large(2000, 2000)
    with pytest.raises(ValidationError) as refused:
        refuse_too_large(2001, 2000)
    assert "Tệp quá lớn" in refused.value.messages[0]
