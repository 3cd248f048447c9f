"""The five newsroom roles and what each may do to pages, per section or per site.

A person gets a role by joining its group (admin access, images, documents) and gets a
section by joining that section's team group ("Phóng viên · Xây dựng Đảng · …"), which holds
the page permissions. Both are ordinary Wagtail groups, assigned in the Vietnamese user admin.
"""

COLLABORATOR = "Cộng tác viên"
REPORTER = "Phóng viên"
EDITOR = "Biên tập viên"
BOARD = "Ban Biên tập"
ADMINISTRATOR = "Quản trị"

ROLES = (COLLABORATOR, REPORTER, EDITOR, BOARD, ADMINISTRATOR)

# Page permissions of each team on its section; the board's apply to every section of its site.
# "add" lets a writer create pages and edit their own; only the board may publish.
SECTION_TEAM_PERMISSIONS = {
    COLLABORATOR: ("add",),
    REPORTER: ("add",),
    EDITOR: ("add", "change", "lock"),
}
SITE_TEAM_PERMISSIONS = {
    BOARD: ("add", "change", "publish", "bulk_delete", "lock", "unlock"),
}
ALL_PAGE_PERMISSIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")

# Non-page permissions of every role group: the admin, and pictures and files for articles.
STAFF_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    # Wagtail checks image permissions on its own Image model, whatever the image model is.
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)
# Editors moderate and answer the feedback on their sections' articles.
EDITOR_PERMISSIONS = STAFF_PERMISSIONS + (("engagement", "change_feedback"),)
# The board also runs polls, routes and answers readers' questions, sets what readers may send,
# erases a reader's data on request, and keeps its site's register of official documents.
BOARD_PERMISSIONS = EDITOR_PERMISSIONS + (
    ("engagement", "delete_feedback"),
    ("engagement", "add_poll"),
    ("engagement", "change_poll"),
    ("engagement", "delete_poll"),
    ("engagement", "change_readersettings"),
    ("engagement", "change_question"),
    ("engagement", "delete_question"),
    ("engagement", "add_answerunit"),
    ("engagement", "change_answerunit"),
    ("engagement", "delete_answerunit"),
    ("library", "add_document"),
    ("library", "change_document"),
    ("library", "delete_document"),
)
# What only administrators do: people, groups, sections and portal settings.
ADMINISTRATOR_PERMISSIONS = BOARD_PERMISSIONS + (
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "delete_user"),
    ("auth", "add_group"),
    ("auth", "change_group"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("core", "change_portalsettings"),
    ("newsroom", "change_newsroomsettings"),
    ("news", "add_weblink"),
    ("news", "change_weblink"),
    ("news", "delete_weblink"),
    ("news", "add_bannerlink"),
    ("news", "change_bannerlink"),
    ("news", "delete_bannerlink"),
    ("news", "add_videoclip"),
    ("news", "change_videoclip"),
    ("news", "delete_videoclip"),
    ("wagtailcore", "add_workflow"),
    ("wagtailcore", "change_workflow"),
    # Seeing who is locked out of signing in, and unlocking them (bantin.accounts).
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
)

ROLE_PERMISSIONS = {
    COLLABORATOR: STAFF_PERMISSIONS,
    REPORTER: STAFF_PERMISSIONS,
    EDITOR: EDITOR_PERMISSIONS,
    BOARD: BOARD_PERMISSIONS,
    ADMINISTRATOR: ADMINISTRATOR_PERMISSIONS,
}
