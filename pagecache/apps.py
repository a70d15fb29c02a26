from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"

    def ready(self):
        """Every change a reader can see starts a new page-cache generation (pagecache.invalidation)."""
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

        from pagecache import invalidation

        page_published.connect(invalidation._page_changed, dispatch_uid="pagecache_page_published")
        page_unpublished.connect(invalidation._page_changed, dispatch_uid="pagecache_page_unpublished")
        post_page_move.connect(invalidation._page_changed, dispatch_uid="pagecache_page_moved")
        published.connect(invalidation._draftable_changed, dispatch_uid="pagecache_published")
        unpublished.connect(invalidation._draftable_changed, dispatch_uid="pagecache_unpublished")
        post_save.connect(invalidation._model_saved, dispatch_uid="pagecache_model_saved")
        post_delete.connect(invalidation._model_deleted, dispatch_uid="pagecache_model_deleted")
