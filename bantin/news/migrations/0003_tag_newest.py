"""A tag's newest articles through an index, for "Tin liên quan" (#9)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0002_article_listing_keys'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='articlepagetag',
            index=models.Index(fields=['tag', 'content_object'], name='news_tag_newest'),
        ),
    ]
