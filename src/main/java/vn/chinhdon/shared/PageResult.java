package vn.chinhdon.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code { items, page, size, total }}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), page, size, total);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public static int clampSize(Integer size) {
        return size == null || size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    public static int clampPage(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
